package studio.vive.bench.cost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import studio.vive.bench.stack.BenchStack;
import studio.vive.bench.stack.PlatformService;

/**
 * Reads the CPU used so far by every account from {@code /proc}: each service's JVM, the
 * benchmark's own JVM, and PostgreSQL's postmaster with every backend it started (found through a
 * backend's parent). Take a snapshot at the start and at the end of a step.
 */
public final class CpuMeter {

    private final Supplier<Map<PlatformService, Long>> servicePids;
    private final OptionalLong postmaster;

    private CpuMeter(Supplier<Map<PlatformService, Long>> servicePids, OptionalLong postmaster) {
        this.servicePids = servicePids;
        this.postmaster = postmaster;
    }

    /** A meter of {@code stack}'s processes (PostgreSQL only when it runs on this machine). */
    public static CpuMeter of(BenchStack stack) {
        return new CpuMeter(stack::servicePids, postmasterOf(stack));
    }

    /** The CPU used so far by every account that could be read. */
    public CpuSnapshot snapshot() {
        Map<CpuAccount, Long> ticks = new EnumMap<>(CpuAccount.class);
        servicePids.get().forEach((service, pid) ->
                ProcessStat.read(pid).ifPresent(stat -> ticks.put(CpuAccount.of(service), stat.ownTicks())));
        ProcessStat.read(ProcessHandle.current().pid()).ifPresent(stat -> ticks.put(CpuAccount.BENCHMARK_JVM, stat.ownTicks()));
        postmaster.ifPresent(pid -> ProcessTree.ticks(pid).ifPresent(value -> ticks.put(CpuAccount.POSTGRESQL, value)));
        return new CpuSnapshot(ticks, ClockTicks.perSecond());
    }

    private static OptionalLong postmasterOf(BenchStack stack) {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.databaseUser(), stack.databasePassword());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return ProcessStat.read(row.getLong(1)).map(backend -> OptionalLong.of(backend.parentPid())).orElse(OptionalLong.empty());
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
