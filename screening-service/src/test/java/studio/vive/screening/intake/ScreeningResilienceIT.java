package studio.vive.screening.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.vive.screening.support.TopicRecords.header;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.Topics;
import studio.vive.screening.decision.DecisionRepository;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.Requests;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/** The service keeps working through a PostgreSQL or Kafka restart and catches up after. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningResilienceIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    DecisionRepository decisions;
    @Inject
    TransactionOperations<Connection> database;

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private final IntakeProbe intake = new IntakeProbe(infrastructure.kafkaBootstrapServers());
    private final TopicRecords outcomes = new TopicRecords(infrastructure.kafkaBootstrapServers(), Topics.SCREENING_OUTCOMES);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(infrastructure.serviceProperties("screening_resilience"));
        // Fail fast while PostgreSQL is down, so the test sees several retries.
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("vive.inbound.transient-retry-budget", "2s");
        return properties;
    }

    @AfterAll
    void close() {
        intake.close();
        outcomes.close();
    }

    @Test
    void aRequestArrivingWhilePostgresqlIsDownIsDecidedOnceItIsBack() throws Exception {
        BookingRequested request = Requests.request(UUID.randomUUID(), Answers.allClear().build());

        RecordMetadata sent;
        infrastructure.stopPostgres();
        try {
            sent = send(request);
            // While the database is away the request can be neither decided nor committed past.
            assertEquals(false, intake.committedPast(sent));
        } finally {
            infrastructure.startPostgres();
        }

        assertOneOutcome(request, sent);
    }

    @Test
    void requestsSentAfterAKafkaRestartAreDecided() {
        infrastructure.stopKafka();
        infrastructure.startKafka();
        BookingRequested request = Requests.request(UUID.randomUUID(), Answers.allClear().suddenWeightLoss().build());

        assertOneOutcome(request, send(request));
    }

    private RecordMetadata send(BookingRequested request) {
        return intake.send(request.bookingId().toString(), Requests.json(request), request.eventId().toString());
    }

    private void assertOneOutcome(BookingRequested request, RecordMetadata sent) {
        String key = request.bookingId().toString();
        outcomes.awaitKey(key, 1, WAIT);
        intake.awaitFinished(sent, database, WAIT);
        List<ConsumerRecord<String, byte[]>> published = outcomes.allWithKeyUpToNow(key, WAIT);
        assertEquals(1, published.size());
        assertEquals(decisions.findById(request.bookingId()).orElseThrow().outcomeEventId().toString(),
                header(published.get(0), Topics.HEADER_EVENT_ID));
    }
}
