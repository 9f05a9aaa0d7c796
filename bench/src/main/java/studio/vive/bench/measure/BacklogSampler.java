package studio.vive.bench.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import studio.vive.bench.stack.BenchStack;
import studio.vive.bench.stack.PlatformService;

/**
 * Samples the backlog (consumer lag, both outboxes, pending emails) and the services' resident
 * memory at a fixed interval for the whole run, on its own thread and connections.
 */
public final class BacklogSampler implements AutoCloseable {

    private final ConsumerLag lag;
    private final Connection booking;
    private final Connection screening;
    private final Connection notification;
    private final Supplier<Map<PlatformService, Long>> pids;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-backlog-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final List<BacklogSample> samples = new ArrayList<>();
    private volatile String lastFailure;

    public BacklogSampler(BenchStack stack) {
        this.lag = new ConsumerLag(stack.kafkaBootstrapServers());
        this.booking = connect(stack, PlatformService.BOOKING);
        this.screening = connect(stack, PlatformService.SCREENING);
        this.notification = connect(stack, PlatformService.NOTIFICATION);
        this.pids = stack::servicePids;
    }

    private static Connection connect(BenchStack stack, PlatformService service) {
        try {
            return DriverManager.getConnection(stack.jdbcUrl(service.database()), stack.databaseUser(), stack.databasePassword());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the " + service.database() + " database", e);
        }
    }

    /** Starts sampling every {@code interval}. */
    public void start(Duration interval) {
        scheduler.scheduleAtFixedRate(this::sampleQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One sample now (also recorded). */
    public BacklogSample sample() {
        Map<PlatformService, Long> resident = new EnumMap<>(PlatformService.class);
        pids.get().forEach((service, pid) -> {
            OptionalLong bytes = ProcessMemory.residentNow(pid);
            bytes.ifPresent(value -> resident.put(service, value));
        });
        BacklogSample sample = new BacklogSample(Instant.now(), lag.byGroup(),
                count(booking, "SELECT count(*) FROM outbox"),
                count(screening, "SELECT count(*) FROM outbox"),
                count(notification, "SELECT count(*) FROM notification WHERE status = 'PENDING'"),
                resident);
        synchronized (samples) {
            samples.add(sample);
        }
        return sample;
    }

    private void sampleQuietly() {
        try {
            sample();
        } catch (RuntimeException e) {
            // A missed sample is a gap in the series, not a reason to stop the run.
            lastFailure = e.toString();
        }
    }

    private static synchronized long count(Connection connection, String query) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("backlog query failed: " + query, e);
        }
    }

    /** Every sample between {@code from} and {@code to}. */
    public List<BacklogSample> between(Instant from, Instant to) {
        synchronized (samples) {
            return samples.stream().filter(s -> !s.at().isBefore(from) && !s.at().isAfter(to)).toList();
        }
    }

    /** Every sample so far. */
    public List<BacklogSample> all() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The last sampling failure, if any, for the report. */
    public String lastFailure() {
        return lastFailure;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lag.close();
        for (Connection connection : List.of(booking, screening, notification)) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at the end of the run: nothing left to do with it
            }
        }
    }
}
