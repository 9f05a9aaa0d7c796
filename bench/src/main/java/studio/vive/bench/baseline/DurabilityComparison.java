package studio.vive.bench.baseline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import studio.vive.bench.stack.BenchStack;
import studio.vive.localinfra.EmbeddedPostgres;
import studio.vive.localinfra.PostgresDurability;

/**
 * The commit baseline with fsync on and with fsync off: the stack's own server, then a second
 * embedded server (same binaries, same disk) with the other durability. A second server, because
 * zonky passes fsync on PostgreSQL's command line, which outranks {@code ALTER SYSTEM}: a running
 * server's fsync cannot be switched with a reload.
 */
public final class DurabilityComparison {

    /** One connection (a commit's own latency) and eight (what group commit makes of them). */
    public static final List<Integer> CONNECTIONS = List.of(1, 8);
    static final String STACK_SERVER = "the stack's server";

    private DurabilityComparison() {
    }

    /**
     * Runs every loop for {@code each}; the second server's cluster lives in {@code work}.
     *
     * @param progress told each loop's result
     */
    public static BaselineRuns run(BenchStack stack, Path work, Duration each, Consumer<String> progress) {
        List<BaselineResult> runs = new ArrayList<>();
        CommitBaseline own = new CommitBaseline(STACK_SERVER, stack::jdbcUrl, stack.databaseUser(), stack.databasePassword());
        CONNECTIONS.forEach(connections -> runs.add(told(own.run(connections, each), progress)));
        BaselineResult reference = runs.get(runs.size() - 1);
        PostgresDurability other = "on".equals(reference.setting("fsync")) ? PostgresDurability.FAST : PostgresDurability.DURABLE;
        try (EmbeddedPostgres second = new EmbeddedPostgres(work.resolve("baseline-postgres-" + name(other)), 0, other)) {
            second.start();
            CommitBaseline theirs = new CommitBaseline("a second server, " + name(other), second::jdbcUrl,
                    EmbeddedPostgres.USERNAME, EmbeddedPostgres.PASSWORD);
            CONNECTIONS.forEach(connections -> runs.add(told(theirs.run(connections, each), progress)));
        }
        return new BaselineRuns(List.copyOf(runs), reference);
    }

    private static String name(PostgresDurability durability) {
        return durability.name().toLowerCase(Locale.ROOT);
    }

    private static BaselineResult told(BaselineResult result, Consumer<String> progress) {
        progress.accept(String.format(Locale.ROOT, "%s, %d connection(s): %.0f commits/s (p50 %.2f ms, p99 %.2f ms); fsync=%s "
                        + "synchronous_commit=%s full_page_writes=%s", result.server(), result.concurrency(), result.commitsPerSecond(),
                result.latencies().p50().toNanos() / 1e6, result.latencies().p99().toNanos() / 1e6, result.setting("fsync"),
                result.setting("synchronous_commit"), result.setting("full_page_writes")));
        return result;
    }
}
