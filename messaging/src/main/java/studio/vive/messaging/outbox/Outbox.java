package studio.vive.messaging.outbox;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.IntegrationEvent;
import studio.vive.messaging.trace.TraceParent;

/**
 * The transactional outbox: the one way a service publishes an event.
 *
 * <p>{@link #append} writes the event into the {@code outbox} table inside the caller's database
 * transaction, so the event exists if and only if the state change that caused it committed. The
 * {@link OutboxRelay} then publishes it to Kafka (woken by {@code NOTIFY} on commit) and deletes
 * the row once Kafka acknowledged it. The row keeps the W3C {@code traceparent} of the context
 * current at {@code append} (the request, the consumed record), which the relay sends along.
 *
 * <pre>{@code
 * @Transactional
 * void decide(...) {
 *     decisions.save(decision);
 *     outbox.append(EventTopic.SCREENING_OUTCOMES, BookingCleared.of(...));
 * }
 * }</pre>
 *
 * <p>The topic fixes the event type: appending an event to a topic that does not carry it
 * (e.g. a {@code BookingCleared} to {@code EventTopic.BOOKING_REQUESTED}) does not compile.
 */
@Singleton
public class Outbox {

    static final String INSERT = """
            INSERT INTO outbox (id, topic, key, type, payload, trace_parent) VALUES (?, ?, ?, ?, ?, ?)""";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public Outbox(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Adds {@code event} to the outbox in the current transaction (there must be one) and wakes the
     * relay when that transaction commits. Nothing is published if the transaction rolls back.
     *
     * @param topic the topic, whose contract type the event is written as
     * @param event the event; its booking id becomes the record key, its id the row id
     * @throws io.micronaut.transaction.exceptions.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T extends IntegrationEvent> void append(EventTopic<T> topic, T event) {
        String payload = serialize(topic, event);
        String traceParent = TraceParent.ofCurrentContext();
        jdbc.prepareStatement(INSERT, statement -> {
            try {
                statement.setObject(1, event.eventId());
                statement.setString(2, topic.name());
                statement.setString(3, event.key());
                statement.setString(4, event.type());
                statement.setString(5, payload);
                statement.setString(6, traceParent);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new OutboxWriteException(event, e);
            }
        });
        // Delivered only if the transaction commits; several NOTIFYs in one transaction fold into one.
        jdbc.prepareStatement(OutboxChannel.NOTIFY, statement -> {
            try {
                return statement.execute();
            } catch (SQLException e) {
                throw new OutboxWriteException(event, e);
            }
        });
    }

    private <T extends IntegrationEvent> String serialize(EventTopic<T> topic, T event) {
        // Through the topic's contract type (e.g. ScreeningOutcome), so the JSON carries its "type".
        try {
            return new String(json.writeValueAsBytes(Argument.of(topic.contractType()), event), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + event, e);
        }
    }
}
