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
import studio.vive.contracts.IntegrationEvent;

/**
 * The transactional outbox: the one way a service publishes an event.
 *
 * <p>{@link #append} writes the event into the {@code outbox} table inside the caller's database
 * transaction, so the event exists if and only if the state change that caused it committed. The
 * {@link OutboxRelay} then publishes it to Kafka (woken by {@code NOTIFY} on commit) and deletes
 * the row once Kafka acknowledged it.
 *
 * <pre>{@code
 * @Transactional
 * void decide(...) {
 *     decisions.save(decision);
 *     outbox.append(Topics.SCREENING_OUTCOMES, BookingCleared.of(...));
 * }
 * }</pre>
 */
@Singleton
public class Outbox {

    static final String INSERT = """
            INSERT INTO outbox (id, topic, key, type, payload) VALUES (?, ?, ?, ?, ?)""";

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
     * @param topic the Kafka topic, one of {@link studio.vive.contracts.Topics}
     * @param event the event; its booking id becomes the record key, its id the row id
     * @throws io.micronaut.transaction.exceptions.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(String topic, IntegrationEvent event) {
        String payload = serialize(event);
        jdbc.prepareStatement(INSERT, statement -> {
            try {
                statement.setObject(1, event.eventId());
                statement.setString(2, topic);
                statement.setString(3, event.key());
                statement.setString(4, event.type());
                statement.setString(5, payload);
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

    @SuppressWarnings("unchecked")
    private String serialize(IntegrationEvent event) {
        // Through the declared contract type (e.g. ScreeningOutcome), so the JSON carries its "type".
        Argument<Object> type = (Argument<Object>) Argument.of(ContractType.of(event));
        try {
            return new String(json.writeValueAsBytes(type, event), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + event, e);
        }
    }
}
