package studio.vive.messaging.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.postgresql.PGConnection;

/**
 * The relay's own PostgreSQL session, outside the service's connection pool: it LISTENs for
 * outbox commits, holds the advisory lock that makes this relay the active one for the database,
 * and reads and deletes outbox rows (auto-commit).
 */
final class RelayConnection implements AutoCloseable {

    private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(?)";
    private static final String NEXT_BATCH = """
            SELECT seq, id, topic, key, type, payload, created_at, trace_parent FROM outbox ORDER BY seq LIMIT ?""";
    private static final String DELETE = "DELETE FROM outbox WHERE id = ANY(?)";
    private static final String DEPTH = "SELECT count(*) FROM outbox";
    /** Slice of a wait, so a stopping relay notices within this time. */
    private static final Duration WAIT_SLICE = Duration.ofMillis(250);

    private final Connection connection;
    private final PGConnection notifications;
    private boolean active;

    private RelayConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.notifications = connection.unwrap(PGConnection.class);
    }

    static RelayConnection listening(Connection connection) throws SQLException {
        RelayConnection relay = new RelayConnection(connection);
        connection.setAutoCommit(true);
        try (Statement listen = connection.createStatement()) {
            listen.execute(OutboxChannel.LISTEN);
        }
        return relay;
    }

    /** Whether this session is (now) the one relay allowed to publish this database's outbox. */
    boolean activate(long lockKey) throws SQLException {
        if (!active) {
            try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK)) {
                lock.setLong(1, lockKey);
                try (ResultSet result = lock.executeQuery()) {
                    active = result.next() && result.getBoolean(1);
                }
            }
        }
        return active;
    }

    List<OutboxRow> nextBatch(int size) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(NEXT_BATCH)) {
            select.setInt(1, size);
            try (ResultSet rows = select.executeQuery()) {
                List<OutboxRow> batch = new ArrayList<>(size);
                while (rows.next()) {
                    batch.add(new OutboxRow(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getString(8)));
                }
                return batch;
            }
        }
    }

    void delete(Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    /** The value of a server setting as this session sees it (in its base unit). */
    String serverSetting(String name) throws SQLException {
        try (PreparedStatement show = connection.prepareStatement("SELECT setting FROM pg_settings WHERE name = ?")) {
            show.setString(1, name);
            try (ResultSet result = show.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    long depth() throws SQLException {
        try (Statement count = connection.createStatement(); ResultSet result = count.executeQuery(DEPTH)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Waits until a commit NOTIFYs the channel, {@code max} passes or {@code running} turns false.
     *
     * @return whether a notification arrived
     */
    boolean awaitCommit(Duration max, BooleanSupplier running) throws SQLException {
        long deadline = System.nanoTime() + max.toNanos();
        while (running.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            int slice = (int) Math.max(1, Math.min(WAIT_SLICE.toMillis(), Duration.ofNanos(left).toMillis()));
            var received = notifications.getNotifications(slice);
            if (received != null && received.length > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            connection.close(); // ends the session: the advisory lock goes with it
        } catch (SQLException e) {
            // Already broken; nothing left to release.
        }
    }
}
