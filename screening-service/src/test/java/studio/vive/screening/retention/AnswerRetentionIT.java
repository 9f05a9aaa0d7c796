package studio.vive.screening.retention;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.Tier;
import studio.vive.screening.decision.Decision;
import studio.vive.screening.decision.DecisionRepository;
import studio.vive.screening.decision.ScreeningDecisions;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.support.Requests;
import studio.vive.testsupport.SharedInfrastructure;

/** Stored answers are deleted after the retention period; the decision is kept. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerRetentionIT implements TestPropertyProvider {

    private static final Duration RETENTION = Duration.ofDays(30);

    @Inject
    ScreeningDecisions decisions;
    @Inject
    DecisionRepository repository;
    @Inject
    AnswerRetention retention;
    @Inject
    SettableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties("screening_retention"));
        properties.put("spec.name", "AnswerRetentionIT");
        properties.put("vive.screening.intake.enabled", "false");
        properties.put("vive.screening.retention.answers", "30d");
        properties.put("vive.screening.retention.initial-delay", "100ms");
        properties.put("vive.screening.retention.purge-interval", "200ms");
        return properties;
    }

    @Test
    void answersOlderThanTheRetentionPeriodAreDeletedAndTheDecisionsKept() {
        UUID old = decide(Answers.allClear().historyOfCancer());
        clock.advance(RETENTION.minusDays(1));
        UUID recent = decide(Answers.allClear());
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        retention.purge();

        Decision purged = repository.findById(old).orElseThrow();
        assertNull(purged.answers());
        assertNotNull(purged.answersPurgedAt());
        assertEquals(Tier.REFERRAL, purged.tier());
        assertEquals("RF-CANCER", purged.matchedRules().get(0).ruleId());
        Decision kept = repository.findById(recent).orElseThrow();
        assertNotNull(kept.answers());
        assertNull(kept.answersPurgedAt());
    }

    @Test
    void theRuleMessagesThatRestateTheAnswersGoWithThemAndTheRuleIdsAndTierStay() {
        UUID old = decide(Answers.allClear().historyOfCancer());
        clock.advance(RETENTION.plusSeconds(1));

        retention.purge();

        Decision purged = repository.findById(old).orElseThrow();
        assertEquals(Tier.REFERRAL, purged.tier());
        assertEquals(1, purged.matchedRules().size());
        assertEquals("RF-CANCER", purged.matchedRules().get(0).ruleId());
        assertEquals(Tier.REFERRAL, purged.matchedRules().get(0).tier());
        assertNull(purged.matchedRules().get(0).clientMessage());
        assertNull(purged.matchedRules().get(0).articleQuote());
    }

    @Test
    void theRuleMessagesAreKeptWithinTheRetentionPeriod() {
        UUID booking = decide(Answers.allClear().historyOfCancer());
        clock.advance(RETENTION.minusSeconds(1));

        retention.purge();

        assertNotNull(repository.findById(booking).orElseThrow().matchedRules().get(0).clientMessage());
    }

    @Test
    void answersWithinTheRetentionPeriodAreKept() {
        UUID booking = decide(Answers.allClear().osteoporosis());
        clock.advance(RETENTION.minusSeconds(1));

        retention.purge();

        assertNotNull(repository.findById(booking).orElseThrow().answers());
    }

    @Test
    void thePurgeRunsOnItsSchedule() {
        UUID booking = decide(Answers.allClear().steroidUse());
        clock.advance(RETENTION.plusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> repository.findById(booking).orElseThrow().answers() == null);
    }

    private UUID decide(Answers answers) {
        UUID booking = UUID.randomUUID();
        decisions.decide(Requests.request(booking, answers.build()));
        return booking;
    }
}
