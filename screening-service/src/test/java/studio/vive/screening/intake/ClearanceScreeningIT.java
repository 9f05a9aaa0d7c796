package studio.vive.screening.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ClearanceGrant;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;
import studio.vive.screening.decision.Decision;
import studio.vive.screening.decision.DecisionRepository;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.Requests;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Both shapes of {@code BookingRequested} (ADR 0002) through real Kafka and PostgreSQL: the old
 * shape is decided exactly as before and answered in the old outcome shape; a request with a
 * doctor's clearance is decided with it and the decision records the clearance it relied on.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClearanceScreeningIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";
    private static final String GOLDEN_EVENT = "6f1c2c2e-8a4b-4c61-9a8e-0d4f7f3f9a01";

    @Inject
    ObjectMapper json;
    @Inject
    DecisionRepository decisions;
    @Inject
    TransactionOperations<Connection> database;

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
    private final IntakeProbe intake = new IntakeProbe(kafka);
    private final TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES);

    @Override
    public Map<String, String> getProperties() {
        return SharedInfrastructure.get().serviceProperties("screening_clearance");
    }

    @AfterAll
    void close() {
        intake.close();
        outcomes.close();
    }

    @Test
    void anOldShapeRequestIsStillDecidedAsBeforeAndAnsweredInTheOldShape() throws IOException {
        UUID booking = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String old = GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED).replace(GOLDEN_BOOKING, booking.toString())
                .replace(GOLDEN_EVENT, event.toString()).replace("\"historyOfCancer\": false", "\"historyOfCancer\": true");

        RecordMetadata sent = intake.send(booking.toString(), old.getBytes(StandardCharsets.UTF_8), event.toString());

        String written = onlyOutcome(booking, sent);
        ReferralRaised referral = json.readValue(written, ReferralRaised.class);
        assertEquals(Tier.REFERRAL, referral.urgency());
        assertEquals(List.of("RF-CANCER"), referral.reasons().stream().map(Reason::ruleId).toList());
        assertFalse(written.contains("cleared") || written.contains("clearanceId"), written);
        assertNull(decisions.findById(booking).orElseThrow().clearanceId());
    }

    @Test
    void aRequestWithACoveringClearanceIsClearedAndTheDecisionRecordsTheClearance() throws IOException {
        UUID clearance = UUID.randomUUID();
        LocalDate clearedOn = Requests.APPOINTMENT.minusDays(20);
        BookingRequested request = BookingRequested.of(UUID.randomUUID(), Instant.now(), Requests.APPOINTMENT,
                Requests.FORTY_YEARS_OLD, Answers.allClear().historyOfCancer().build(),
                new ClearanceGrant(clearance, clearedOn, List.of("RF-CANCER")));

        RecordMetadata sent = intake.send(request.bookingId().toString(), Requests.json(request),
                request.eventId().toString());

        BookingCleared cleared = json.readValue(onlyOutcome(request.bookingId(), sent), BookingCleared.class);
        assertEquals(List.of(new ClearedRule("RF-CANCER", clearedOn)), cleared.cleared());
        assertEquals(clearance, cleared.clearanceId());
        Decision decision = decisions.findById(request.bookingId()).orElseThrow();
        assertEquals(Tier.CLEARED, decision.tier());
        assertEquals(clearance, decision.clearanceId());
        assertEquals(List.of(new ClearedRule("RF-CANCER", clearedOn)), decision.clearedRules());
    }

    private String onlyOutcome(UUID booking, RecordMetadata last) {
        String key = booking.toString();
        outcomes.awaitKey(key, 1, WAIT);
        intake.awaitFinished(last, database, WAIT);
        List<ConsumerRecord<String, byte[]>> records = outcomes.allWithKeyUpToNow(key, WAIT);
        assertEquals(1, records.size(), "outcomes of booking " + key);
        return new String(records.get(0).value(), StandardCharsets.UTF_8);
    }
}
