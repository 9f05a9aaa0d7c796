package studio.vive.messaging.inbox;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The inbox: which events each consumer has already applied.
 *
 * <p>Call {@link #markProcessed} first, in the same transaction as the event's effect, and apply
 * the effect only when it returns {@code true}. A redelivered event then changes nothing, and a
 * transaction that rolls back forgets the mark together with the effect.
 *
 * <pre>{@code
 * @Transactional
 * void on(BookingCleared event) {
 *     if (!processedEvents.markProcessed(event.eventId(), "booking-outcomes")) {
 *         return; // duplicate delivery
 *     }
 *     bookings.confirm(event.bookingId());
 * }
 * }</pre>
 */
@Singleton
public class ProcessedEvents {

    static final String INSERT = """
            INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING""";

    private final JdbcOperations jdbc;

    public ProcessedEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} processed {@code eventId}, in the current transaction (there
     * must be one).
     *
     * @param eventId  the event's id ({@code IntegrationEvent#eventId()})
     * @param consumer a stable name of the consuming use case, e.g. {@code "screening-intake"}
     * @throws io.micronaut.transaction.exceptions.IllegalTransactionStateException when called outside a transaction
     * @return {@code true} the first time, {@code false} when this consumer already processed it
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean markProcessed(UUID eventId, String consumer) {
        return jdbc.prepareStatement(INSERT, statement -> {
            try {
                statement.setString(1, consumer);
                statement.setObject(2, eventId);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new DataAccessException("cannot record processed event " + eventId + " for " + consumer
                        + " (SQLState " + e.getSQLState() + ")", e);
            }
        });
    }
}
