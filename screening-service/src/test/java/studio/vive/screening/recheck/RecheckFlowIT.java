package studio.vive.screening.recheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static studio.vive.screening.support.TopicRecords.header;

import io.micronaut.json.tree.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.Reason;
import studio.vive.contracts.RecheckDecided;
import studio.vive.contracts.RecheckSubmitted;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;
import studio.vive.contracts.UrgentAnswers;
import studio.vive.screening.rules.RuleSet;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/** Pre-visit re-checks in through Kafka, exactly one {@link RecheckDecided} out, on real Kafka and PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecheckFlowIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";
    private static final String GOLDEN_EVENT = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c08";

    @Inject
    ObjectMapper json;
    @Inject
    RecheckDecisions decisions;
    @Inject
    TransactionOperations<Connection> database;

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
    private final IntakeProbe intake = new IntakeProbe(kafka, Topics.RECHECK_SUBMITTED, "screening-service-recheck",
            "RecheckSubmitted");
    private final TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES);

    @Override
    public Map<String, String> getProperties() {
        return SharedInfrastructure.get().serviceProperties("screening_recheck");
    }

    @AfterAll
    void close() {
        intake.close();
        outcomes.close();
    }

    @Test
    void theGoldenRecheckIsAnUrgentReferralWithEveryMatchedReason() throws IOException {
        UUID booking = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String golden = GoldenSamples.json(GoldenSamples.RECHECK_SUBMITTED)
                .replace(GOLDEN_BOOKING, booking.toString()).replace(GOLDEN_EVENT, event.toString());

        RecheckDecided decided = onlyOutcome(booking, intake.send(booking.toString(),
                golden.getBytes(StandardCharsets.UTF_8), event.toString()));

        assertEquals(Tier.URGENT_REFERRAL, decided.tier());
        assertEquals(event, decided.requestEventId());
        assertEquals(RuleSet.VERSION, decided.ruleSetVersion());
        assertEquals(List.of(
                new Reason("RF-LEG-PAIN", "You told us your pain spreads down one or both legs."),
                new Reason("RF-LEG-NEURO", "You told us about weakness, numbness or tingling down one or both legs.")),
                decided.reasons());
    }

    @Test
    void allNoClearsTheRecheck() throws IOException {
        RecheckSubmitted recheck = recheck(new UrgentAnswers(false, false, false, LegPain.NONE, false, false));

        RecheckDecided decided = onlyOutcome(recheck.bookingId(), send(recheck));

        assertEquals(Tier.CLEARED, decided.tier());
        assertEquals(List.of(), decided.reasons());
    }

    @Test
    void theOutcomeHasTheGoldenSamplesShape() throws IOException {
        RecheckSubmitted recheck = recheck(new UrgentAnswers(false, true, false, LegPain.NONE, false, false));
        send(recheck);

        ConsumerRecord<String, byte[]> record = outcomes.awaitKey(recheck.bookingId().toString(), 1, WAIT).get(0);

        assertEquals(fieldsOf(GoldenSamples.json(GoldenSamples.RECHECK_DECIDED).getBytes(StandardCharsets.UTF_8)),
                fieldsOf(record.value()));
        assertEquals("RecheckDecided", header(record, Topics.HEADER_EVENT_TYPE));
    }

    @Test
    void aRedeliveredRecheckIsDecidedOnce() throws IOException {
        RecheckSubmitted recheck = recheck(new UrgentAnswers(false, false, true, LegPain.NONE, false, false));

        send(recheck);
        RecheckDecided decided = onlyOutcome(recheck.bookingId(), send(recheck));

        assertEquals(1, decisions.of(recheck.bookingId()).size());
        assertEquals(decisions.of(recheck.bookingId()).get(0).outcomeEventId(), decided.eventId());
    }

    @Test
    void theStoredDecisionKeepsRuleIdsAndQuotesButNotWhatTheClientSaid() throws IOException {
        RecheckSubmitted recheck = recheck(new UrgentAnswers(false, false, false, LegPain.NONE, false, true));

        onlyOutcome(recheck.bookingId(), send(recheck));

        RecheckDecision decision = decisions.of(recheck.bookingId()).get(0);
        assertEquals(Tier.URGENT_REFERRAL, decision.tier());
        assertEquals("RF-TRAUMA", decision.matchedRules().get(0).ruleId());
        assertEquals("When the back pain follows a severe fall or accident", decision.matchedRules().get(0).articleQuote());
        assertNull(decision.matchedRules().get(0).clientMessage());
    }

    private static RecheckSubmitted recheck(UrgentAnswers answers) {
        return RecheckSubmitted.of(UUID.randomUUID(), Instant.now(), answers);
    }

    private RecordMetadata send(RecheckSubmitted recheck) throws IOException {
        return intake.send(recheck.bookingId().toString(), json.writeValueAsBytes(recheck), recheck.eventId().toString());
    }

    /** The one outcome of the booking, once the service has finished with {@code last}. */
    private RecheckDecided onlyOutcome(UUID booking, RecordMetadata last) throws IOException {
        String key = booking.toString();
        outcomes.awaitKey(key, 1, WAIT);
        intake.awaitFinished(last, database, WAIT);
        List<ConsumerRecord<String, byte[]>> records = outcomes.allWithKeyUpToNow(key, WAIT);
        assertEquals(1, records.size(), "outcomes of booking " + key);
        return (RecheckDecided) json.readValue(records.get(0).value(), ScreeningOutcome.class);
    }

    private Set<String> fieldsOf(byte[] value) throws IOException {
        Set<String> names = new TreeSet<>();
        json.readValue(value, JsonNode.class).entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
