package studio.vive.screening.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.screening.support.TopicRecords.header;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;
import studio.vive.screening.decision.Decision;
import studio.vive.screening.decision.DecisionRepository;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.rules.RuleSet;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.Requests;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/** Booking requests in through Kafka, exactly one outcome out, on real Kafka and PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningFlowIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper json;
    @Inject
    DecisionRepository decisions;
    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;
    @Inject
    TransactionOperations<Connection> database;

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
    private final IntakeProbe intake = new IntakeProbe(kafka);
    private final TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES);
    private final TopicRecords deadLetters = new TopicRecords(kafka, EventTopic.BOOKING_REQUESTED.deadLetter());

    @Override
    public Map<String, String> getProperties() {
        return SharedInfrastructure.get().serviceProperties("screening_flow");
    }

    @AfterAll
    void close() {
        intake.close();
        outcomes.close();
        deadLetters.close();
    }

    @Test
    void aClearRequestGivesExactlyOneBookingCleared() throws IOException {
        BookingRequested request = Requests.request(UUID.randomUUID(), Answers.allClear().build());

        RecordMetadata sent = send(request);

        ScreeningOutcome outcome = onlyOutcome(request, sent);
        BookingCleared cleared = (BookingCleared) outcome;
        assertEquals(request.eventId(), cleared.requestEventId());
        assertEquals(RuleSet.VERSION, cleared.ruleSetVersion());
        Decision decision = decisions.findById(request.bookingId()).orElseThrow();
        assertEquals(Tier.CLEARED, decision.tier());
        assertEquals(decision.outcomeEventId(), cleared.eventId());
        assertEquals(decision.decidedAt(), cleared.decidedAt());
        assertNotNull(decision.answers(), "answers kept until the retention period ends");
    }

    @Test
    void aReferralFlagGivesExactlyOneReferralRaisedWithItsReason() throws IOException {
        BookingRequested request = Requests.request(UUID.randomUUID(), Answers.allClear().osteoporosis().build());

        ReferralRaised referral = (ReferralRaised) onlyOutcome(request, send(request));

        assertEquals(Tier.REFERRAL, referral.urgency());
        assertEquals(List.of(new Reason("RF-OSTEOPOROSIS", "You told us you have osteoporosis.")), referral.reasons());
        assertEquals(RuleSet.VERSION, referral.ruleSetVersion());
    }

    @Test
    void urgentFlagsGiveExactlyOneUrgentReferralWithEveryReason() throws IOException {
        BookingRequested request = Requests.request(UUID.randomUUID(),
                Answers.allClear().historyOfCancer().notImprovingFor(8).build());

        ReferralRaised referral = (ReferralRaised) onlyOutcome(request, send(request));

        assertEquals(Tier.URGENT_REFERRAL, referral.urgency());
        assertEquals(List.of("RF-CANCER", "RF-PERSISTENT-ESCALATION"),
                referral.reasons().stream().map(Reason::ruleId).toList());
    }

    @Test
    void decisionsAreCountedByTier() throws IOException {
        double before = decisionsCounted("URGENT_REFERRAL");
        BookingRequested request = Requests.request(UUID.randomUUID(), Answers.allClear().persistentFever().build());

        onlyOutcome(request, send(request));

        assertEquals(before + 1, decisionsCounted("URGENT_REFERRAL"));
    }

    private double decisionsCounted(String tier) {
        var counter = meters.find("vive.screening.decisions").tag("tier", tier).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aDuplicateDeliveryGivesOneDecisionAndOneEvent() throws IOException {
        BookingRequested request = Requests.request(UUID.randomUUID(), Answers.allClear().steroidUse().build());

        send(request);
        RecordMetadata duplicate = send(request);

        ScreeningOutcome outcome = onlyOutcome(request, duplicate);
        assertEquals(decisions.findById(request.bookingId()).orElseThrow().outcomeEventId(), outcome.eventId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad JSON                  | BAD_JSON    | value is not valid JSON",
        "unknown schema version    | SCHEMA_2    | unsupported schemaVersion 2 of BookingRequested (this consumer reads 1)",
        "a missing answer          | NO_ANSWER   | invalid BookingRequested: screening.persistentFever must not be null",
        "an impossible duration    | NEGATIVE    | invalid BookingRequested: screening.painDurationDays must be greater than or equal to 0",
        "appointment before birth  | UNBORN      | rejected: appointment date is before the client's date of birth"})
    void aPoisonRequestIsDeadLetteredWithItsReasonAndTheNextRequestIsStillDecided(
            String what, String poison, String reason) throws IOException {
        UUID booking = UUID.randomUUID();
        String valid = Requests.text(Requests.request(booking, Answers.allClear().build()));
        String value = switch (poison) {
            case "BAD_JSON" -> "{\"bookingId\": \"" + booking + "\", oops";
            case "SCHEMA_2" -> valid.replace("\"schemaVersion\":1", "\"schemaVersion\":2");
            case "NO_ANSWER" -> valid.replace("\"persistentFever\":false,", "");
            case "NEGATIVE" -> valid.replace("\"painDurationDays\":5", "\"painDurationDays\":-1");
            case "UNBORN" -> valid.replace("\"clientDateOfBirth\":\"1986-06-15\"", "\"clientDateOfBirth\":\"2027-01-01\"");
            default -> throw new IllegalArgumentException(poison);
        };
        assertTrue(!value.equals(valid), "the poison differs from the valid request");
        BookingRequested next = Requests.request(booking, Answers.allClear().build());

        RecordMetadata poisoned = intake.send(booking.toString(), value);
        RecordMetadata sent = send(next);

        ConsumerRecord<String, byte[]> letter = deadLetters.awaitKey(booking.toString(), 1, WAIT).get(0);
        assertEquals(reason, header(letter, Topics.HEADER_DLT_REASON));
        assertEquals(Topics.BOOKING_REQUESTED + "/" + poisoned.partition() + "/" + poisoned.offset(),
                header(letter, Topics.HEADER_DLT_ORIGIN));
        assertArrayEquals(value.getBytes(java.nio.charset.StandardCharsets.UTF_8), letter.value());
        assertEquals(next.eventId(), onlyOutcome(next, sent).requestEventId());
    }

    private RecordMetadata send(BookingRequested request) {
        return intake.send(request.bookingId().toString(), Requests.json(request), request.eventId().toString());
    }

    /** The one outcome of the request's booking, once the service has finished with {@code last}. */
    private ScreeningOutcome onlyOutcome(BookingRequested request, RecordMetadata last) throws IOException {
        String key = request.bookingId().toString();
        outcomes.awaitKey(key, 1, WAIT);
        intake.awaitFinished(last, database, WAIT);
        List<ConsumerRecord<String, byte[]>> records = outcomes.allWithKeyUpToNow(key, WAIT);
        assertEquals(1, records.size(), "outcomes of booking " + key);
        ConsumerRecord<String, byte[]> record = records.get(0);
        ScreeningOutcome outcome = json.readValue(record.value(), ScreeningOutcome.class);
        assertEquals(outcome.eventId().toString(), header(record, Topics.HEADER_EVENT_ID));
        assertEquals(outcome.getClass().getSimpleName(), header(record, Topics.HEADER_EVENT_TYPE));
        return outcome;
    }
}
