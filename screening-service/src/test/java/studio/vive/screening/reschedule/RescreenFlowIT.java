package studio.vive.screening.reschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.screening.support.TopicRecords.header;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.RescreenRequested;
import studio.vive.contracts.ScreeningAnswers;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;
import studio.vive.screening.decision.ScreeningDecisions;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * A rescheduled booking decided again for its new date, through Kafka, on real Kafka and
 * PostgreSQL: from the answers kept with its first decision, or from answers given again once
 * those were purged; exactly one outcome per re-screen.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RescreenFlowIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Turns 50 on 2027-01-10: a first episode of back pain is a referral from that day on. */
    private static final LocalDate BORN = LocalDate.of(1977, 1, 10);
    private static final LocalDate BEFORE_FIFTY = LocalDate.of(2027, 1, 8);
    private static final LocalDate AFTER_FIFTY = LocalDate.of(2027, 1, 12);
    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";
    private static final String GOLDEN_EVENT = "6f2d8b4a-1c3e-4a5f-9b7d-0e2c4a6b8d14";

    @Inject
    ObjectMapper json;
    @Inject
    ScreeningDecisions firstDecisions;
    @Inject
    RescreenDecisions decisions;
    @Inject
    TransactionOperations<Connection> database;

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
    private final IntakeProbe intake = new IntakeProbe(kafka, Topics.RESCREEN_REQUESTED, "screening-service-rescreen",
            "RescreenRequested");
    private final TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES);
    private final TopicRecords deadLetters = new TopicRecords(kafka, EventTopic.RESCREEN_REQUESTED.deadLetter());

    @Override
    public Map<String, String> getProperties() {
        return SharedInfrastructure.get().serviceProperties("screening_rescreen");
    }

    @AfterAll
    void close() {
        intake.close();
        outcomes.close();
        deadLetters.close();
    }

    @Test
    void aMoveAcrossTheFiftiethBirthdayTurnsAFirstEpisodeIntoAReferral() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().firstEpisode().build(), BEFORE_FIFTY, Tier.CLEARED);
        RescreenRequested rescreen = rescreen(booking, AFTER_FIFTY, null);

        ScreeningOutcome outcome = outcomeOf(rescreen, send(rescreen));

        assertEquals(Tier.REFERRAL, outcome.tier());
        assertEquals(List.of("RF-FIRST-OVER-50"), outcome.reasons().stream().map(r -> r.ruleId()).toList());
    }

    @Test
    void aMoveBackBeforeTheBirthdayClearsItAgain() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().firstEpisode().build(), AFTER_FIFTY, Tier.REFERRAL);
        RescreenRequested rescreen = rescreen(booking, BEFORE_FIFTY, null);

        assertEquals(Tier.CLEARED, outcomeOf(rescreen, send(rescreen)).tier());
    }

    @Test
    void theGoldenRescreenIsDecidedFromTheStoredAnswers() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().build(), LocalDate.of(2026, 12, 20), Tier.CLEARED);
        UUID event = UUID.randomUUID();
        String golden = GoldenSamples.json(GoldenSamples.RESCREEN_REQUESTED)
                .replace(GOLDEN_BOOKING, booking.toString()).replace(GOLDEN_EVENT, event.toString());
        RescreenRequested read = json.readValue(golden, RescreenRequested.class);

        ScreeningOutcome outcome = outcomeOf(read, intake.send(booking.toString(),
                golden.getBytes(StandardCharsets.UTF_8), event.toString()));

        assertEquals(Tier.CLEARED, outcome.tier());
        assertEquals("BookingCleared", outcome.getClass().getSimpleName());
    }

    @Test
    void answersGivenAgainAfterThePurgeDecideTheNewDate() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().build(), BEFORE_FIFTY, Tier.CLEARED);
        purgeAnswers(booking);
        RescreenRequested rescreen = rescreen(booking, AFTER_FIFTY, Answers.allClear().persistentFever().build());

        ScreeningOutcome outcome = outcomeOf(rescreen, send(rescreen));

        assertEquals(Tier.URGENT_REFERRAL, outcome.tier());
        assertTrue(decisions.of(booking).get(0).answeredAgain());
    }

    @Test
    void purgedAnswersNotGivenAgainAreDeadLetteredWithTheReasonAndDecideNothing() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().build(), BEFORE_FIFTY, Tier.CLEARED);
        purgeAnswers(booking);
        RescreenRequested rescreen = rescreen(booking, AFTER_FIFTY, null);
        RecordMetadata sent = send(rescreen);

        ConsumerRecord<String, byte[]> letter = deadLetters.awaitKey(booking.toString(), 1, WAIT).get(0);
        intake.awaitFinished(sent, database, WAIT);

        assertEquals("rejected: the booking's answers were purged and were not given again",
                header(letter, Topics.HEADER_DLT_REASON));
        assertEquals(1, outcomes.allWithKeyUpToNow(booking.toString(), WAIT).size(), "only the first outcome");
        assertTrue(decisions.of(booking).isEmpty());
    }

    @Test
    void aRedeliveredRescreenIsDecidedOnce() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().build(), BEFORE_FIFTY, Tier.CLEARED);
        RescreenRequested rescreen = rescreen(booking, AFTER_FIFTY, null);

        send(rescreen);
        ScreeningOutcome outcome = outcomeOf(rescreen, send(rescreen));

        assertEquals(1, decisions.of(booking).size());
        assertEquals(decisions.of(booking).get(0).outcomeEventId(), outcome.eventId());
    }

    @Test
    void theStoredRescreenKeepsTheNewDateAndRuleIdsButNotWhatTheClientSaid() throws IOException {
        UUID booking = decidedFirst(Answers.allClear().firstEpisode().build(), BEFORE_FIFTY, Tier.CLEARED);
        RescreenRequested rescreen = rescreen(booking, AFTER_FIFTY, null);

        outcomeOf(rescreen, send(rescreen));

        RescreenDecision decision = decisions.of(booking).get(0);
        assertEquals(AFTER_FIFTY, decision.appointmentDate());
        assertFalse(decision.answeredAgain());
        assertEquals("RF-FIRST-OVER-50", decision.matchedRules().get(0).ruleId());
        assertNull(decision.matchedRules().get(0).clientMessage());
    }

    /** A booking with its first decision (and stored answers), as the intake makes it. */
    private UUID decidedFirst(ScreeningAnswers answers, LocalDate appointment, Tier expected) {
        UUID booking = UUID.randomUUID();
        firstDecisions.decide(BookingRequested.of(booking, Instant.now(), appointment, BORN, answers));
        assertEquals(expected, firstDecisions.find(booking).orElseThrow().tier());
        outcomes.awaitKey(booking.toString(), 1, WAIT);
        return booking;
    }

    private static RescreenRequested rescreen(UUID booking, LocalDate newDate, ScreeningAnswers answeredAgain) {
        return RescreenRequested.of(booking, Instant.now(), newDate, BORN, answeredAgain, null);
    }

    private RecordMetadata send(RescreenRequested rescreen) throws IOException {
        return intake.send(rescreen.bookingId().toString(), json.writeValueAsBytes(rescreen),
                rescreen.eventId().toString());
    }

    /** The one outcome answering {@code rescreen}, once the service has finished with {@code last}. */
    private ScreeningOutcome outcomeOf(RescreenRequested rescreen, RecordMetadata last) throws IOException {
        String key = rescreen.bookingId().toString();
        outcomes.awaitKey(key, 2, WAIT);
        intake.awaitFinished(last, database, WAIT);
        List<ScreeningOutcome> answering = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : outcomes.allWithKeyUpToNow(key, WAIT)) {
            ScreeningOutcome outcome = json.readValue(record.value(), ScreeningOutcome.class);
            if (outcome.requestEventId().equals(rescreen.eventId())) {
                answering.add(outcome);
            }
        }
        assertEquals(1, answering.size(), "outcomes answering re-screen " + rescreen.eventId());
        return answering.get(0);
    }

    private void purgeAnswers(UUID booking) {
        database.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(
                    "UPDATE screening_decision SET answers = NULL, answers_purged_at = now() WHERE booking_id = ?")) {
                update.setObject(1, booking);
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
