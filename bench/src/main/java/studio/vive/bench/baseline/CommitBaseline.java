package studio.vive.bench.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import studio.vive.bench.measure.Latencies;

/**
 * What the machine's PostgreSQL can commit: {@code concurrency} connections each inserting one row
 * per transaction (autocommit) into a table shaped like a small booking row, for a fixed time, in a
 * database of its own on the server measured (the stack's, whose services' data stays untouched, or a
 * second one; see {@link DurabilityComparison}). pgbench is not among the embedded
 * PostgreSQL binaries, so this JDBC loop stands in for it.
 */
public final class CommitBaseline {

    /** The benchmark's own database: the services' data stays untouched. */
    static final String DATABASE = "bench";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS commit_baseline (
                id         UUID PRIMARY KEY,
                therapist  TEXT NOT NULL,
                starts_at  TIMESTAMPTZ NOT NULL,
                payload    TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL DEFAULT now())""";
    private static final String INSERT = "INSERT INTO commit_baseline (id, therapist, starts_at, payload) VALUES (?, ?, now(), ?)";
    /** About the size of a booking row's contact and screening data. */
    private static final String PAYLOAD = "x".repeat(400);
    private static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method",
            "shared_buffers", "max_connections");

    private final String server;
    private final UnaryOperator<String> jdbcUrl;
    private final String user;
    private final String password;

    /**
     * @param server   which server this is, for the report
     * @param jdbcUrl  from a database name to its JDBC URL on that server
     */
    public CommitBaseline(String server, UnaryOperator<String> jdbcUrl, String user, String password) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Runs the loop and returns commits per second and commit latencies. */
    public BaselineResult run(int concurrency, Duration duration) {
        prepare();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<List<Duration>>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(workers.submit(() -> commitUntil(deadline)));
        }
        List<Duration> latencies = new ArrayList<>();
        try {
            for (Future<List<Duration>> worker : running) {
                latencies.addAll(worker.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("baseline commit loop failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new BaselineResult(server, latencies.size() / (elapsed.toNanos() / 1e9), Latencies.of(latencies), concurrency, settings());
    }

    private List<Duration> commitUntil(long deadline) throws SQLException {
        List<Duration> latencies = new ArrayList<>();
        try (Connection connection = connect(DATABASE); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            while (System.nanoTime() < deadline) {
                long begin = System.nanoTime();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "mia");
                insert.setString(3, PAYLOAD);
                insert.executeUpdate();
                latencies.add(Duration.ofNanos(System.nanoTime() - begin));
            }
        }
        return latencies;
    }

    private void prepare() {
        try (Connection maintenance = connect(MAINTENANCE_DATABASE); Statement statement = maintenance.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create the baseline database", e);
            }
        }
        try (Connection connection = connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            statement.execute("TRUNCATE commit_baseline");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the baseline table", e);
        }
    }

    private Map<String, String> settings() {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = connect(DATABASE); Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                    row.next();
                    values.put(setting, row.getString(1));
                }
            }
        } catch (SQLException e) {
            values.put("settings", "unreadable: " + e.getMessage());
        }
        return values;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl.apply(database), user, password);
    }
}
