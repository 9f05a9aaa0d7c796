package studio.vive.screening.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.vive.screening.support.TopicRecords.header;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.Topics;
import studio.vive.screening.decision.Decision;
import studio.vive.screening.decision.DecisionRepository;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.Requests;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * The service dies after committing a decision and before publishing its outcome, and the request
 * is delivered again after the restart: still one decision and one outcome event, the one that
 * committed with the decision.
 */
class RedeliveryAfterCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();

    @Test
    void aRequestRedeliveredAfterACrashBetweenDecidingAndPublishingGivesOneDecisionAndOneEvent() {
        BookingRequested request = Requests.request(java.util.UUID.randomUUID(),
                Answers.allClear().followedSevereFallOrAccident().build());
        String key = request.bookingId().toString();
        Decision decided;
        try (IntakeProbe intake = new IntakeProbe(infrastructure.kafkaBootstrapServers());
             TopicRecords outcomes = new TopicRecords(infrastructure.kafkaBootstrapServers(), Topics.SCREENING_OUTCOMES)) {

            // First life: decides, and "dies" before its relay publishes (the relay never runs).
            try (ApplicationContext first = start(false)) {
                RecordMetadata sent = send(intake, request);
                DecisionRepository decisions = first.getBean(DecisionRepository.class);
                await().atMost(WAIT).until(() -> decisions.findById(request.bookingId()).isPresent());
                decided = decisions.findById(request.bookingId()).orElseThrow();
                assertEquals(1, outboxRows(first));
                assertEquals(List.of(), outcomes.allWithKeyUpToNow(key, WAIT));
                awaitCommitted(intake, sent);
            }

            // Second life: the same request arrives again.
            try (ApplicationContext second = start(true)) {
                RecordMetadata redelivered = send(intake, request);
                intake.awaitFinished(redelivered, transactions(second), WAIT);

                List<ConsumerRecord<String, byte[]>> published = outcomes.allWithKeyUpToNow(key, WAIT);
                assertEquals(1, published.size());
                assertEquals(decided.outcomeEventId().toString(), header(published.get(0), Topics.HEADER_EVENT_ID));
                assertEquals(decided, second.getBean(DecisionRepository.class).findById(request.bookingId()).orElseThrow());
            }
        }
    }

    private ApplicationContext start(boolean relay) {
        Map<String, Object> properties = new HashMap<>(infrastructure.serviceProperties("screening_crash"));
        properties.put("vive.outbox.enabled", String.valueOf(relay));
        properties.put("micronaut.server.port", "-1");
        return ApplicationContext.builder().properties(properties).environments(Environment.TEST).start();
    }

    private static RecordMetadata send(IntakeProbe intake, BookingRequested request) {
        return intake.send(request.bookingId().toString(), Requests.json(request), request.eventId().toString());
    }

    /** The first life committed its offset: the second life's delivery is a true redelivery, not a leftover. */
    private static void awaitCommitted(IntakeProbe intake, RecordMetadata sent) {
        await().atMost(WAIT).until(() -> intake.committedPast(sent));
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(TransactionOperations.class);
    }

    private static long outboxRows(ApplicationContext context) {
        return transactions(context).executeRead(status -> {
            try (ResultSet count = status.getConnection().createStatement().executeQuery("SELECT count(*) FROM outbox")) {
                count.next();
                return count.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
