package studio.vive.messaging.outbox;

import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows waiting in the outbox, counted in the database itself. Read by the
 * {@code vive.outbox.depth} gauge.
 *
 * <p>Counted independently of the {@link OutboxRelay} on purpose: the gauge matters most when the
 * relay is stuck (a Kafka send blocked for a minute during an outage, a relay thread that died),
 * which is exactly when a figure reported by the relay would be stale. A count is kept for
 * {@code vive.outbox.depth-cache} so frequent scrapes do not each scan the table.
 */
@Singleton
public class OutboxDepth {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDepth.class);
    private static final String COUNT = "SELECT count(*) FROM outbox";

    private final BeanContext beans;
    private final OutboxConfiguration configuration;
    private volatile ConnectionOperations<Connection> connections;
    private long countedAtNanos;
    private double lastCount = Double.NaN;

    OutboxDepth(BeanContext beans, OutboxConfiguration configuration) {
        this.beans = beans;
        this.configuration = configuration;
    }

    /**
     * The number of unpublished rows, at most {@code vive.outbox.depth-cache} old, or
     * {@link Double#NaN} while the database cannot be asked (Micrometer's "no value").
     */
    public synchronized double rows() {
        long now = System.nanoTime();
        if (!Double.isNaN(lastCount) && now - countedAtNanos < configuration.depthCache().toNanos()) {
            return lastCount;
        }
        try {
            // A connection of its own: a gauge is read from any thread, never inside a caller's transaction.
            lastCount = connections().execute(ConnectionDefinition.REQUIRES_NEW, status -> count(status.getConnection()));
            countedAtNanos = now;
        } catch (RuntimeException e) {
            // A gauge must never throw; NaN tells the scraper the figure is unknown.
            LOG.debug("Outbox depth not counted: {}", e.getClass().getSimpleName());
            lastCount = Double.NaN;
        }
        return lastCount;
    }

    private static long count(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(COUNT)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQLState " + e.getSQLState(), e);
        }
    }

    private ConnectionOperations<Connection> connections() {
        ConnectionOperations<Connection> operations = connections;
        if (operations == null) {
            operations = beans.getBean(Argument.of(ConnectionOperations.class, Connection.class),
                    Qualifiers.byName(configuration.datasource()));
            connections = operations;
        }
        return operations;
    }
}
