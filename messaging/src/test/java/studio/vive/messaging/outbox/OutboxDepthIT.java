package studio.vive.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.vive.messaging.outbox.OutboxIT.cleared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.MessagingTestDatabase;

/** The depth is counted in the database, so it stays true when no relay publishes (stuck or absent). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxDepthIT implements TestPropertyProvider {

    @Inject
    Outbox outbox;
    @Inject
    OutboxDepth depth;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(MessagingTestDatabase.properties("messaging_outbox_depth", "OutboxDepthIT"));
        // No relay: nothing else would ever count these rows.
        properties.put("vive.outbox.enabled", "false");
        properties.put("vive.outbox.depth-cache", "0s");
        return properties;
    }

    @Test
    void depthCountsCommittedRowsWithoutAnyRelayRunning() {
        double before = depth.rows();

        transactions.executeWrite(status -> {
            outbox.append(EventTopic.SCREENING_OUTCOMES, cleared(UUID.randomUUID()));
            outbox.append(EventTopic.SCREENING_OUTCOMES, cleared(UUID.randomUUID()));
            return null;
        });

        assertEquals(before + 2, depth.rows());
    }

    @Test
    void depthIgnoresRowsOfARolledBackTransaction() {
        double before = depth.rows();

        try {
            transactions.executeWrite(status -> {
                outbox.append(EventTopic.SCREENING_OUTCOMES, cleared(UUID.randomUUID()));
                throw new IllegalStateException("the caller's state change failed");
            });
        } catch (IllegalStateException expected) {
            // the rollback is the point of this test
        }

        assertEquals(before, depth.rows());
    }
}
