package studio.vive.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.messaging.MessagingTestDatabase;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessedEventsIT implements TestPropertyProvider {

    private static final String CONSUMER = "test-consumer";

    @Inject
    ProcessedEvents processedEvents;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = MessagingTestDatabase.properties("messaging_inbox", "ProcessedEventsIT");
        properties.put("vive.outbox.enabled", "false");
        return properties;
    }

    @Test
    void theFirstDeliveryIsNew() {
        assertTrue(mark(UUID.randomUUID(), CONSUMER));
    }

    @Test
    void aDuplicateDeliveryIsRecognised() {
        UUID event = UUID.randomUUID();
        mark(event, CONSUMER);

        assertFalse(mark(event, CONSUMER));
    }

    @Test
    void anotherConsumerOfTheSameEventIsNotADuplicate() {
        UUID event = UUID.randomUUID();
        mark(event, CONSUMER);

        assertTrue(mark(event, "another-consumer"));
    }

    @Test
    void aMarkWhoseTransactionRolledBackIsForgotten() {
        UUID event = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            processedEvents.markProcessed(event, CONSUMER);
            throw new IllegalStateException("the effect failed");
        }));

        assertTrue(mark(event, CONSUMER));
    }

    @Test
    void markingOutsideATransactionIsRefused() {
        assertThrows(IllegalTransactionStateException.class, () -> processedEvents.markProcessed(UUID.randomUUID(), CONSUMER));
    }

    private boolean mark(UUID event, String consumer) {
        return transactions.executeWrite(status -> processedEvents.markProcessed(event, consumer));
    }
}
