package studio.vive.screening.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ClearanceGrant;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.rules.RuleSet;
import studio.vive.screening.rules.Screening;
import studio.vive.screening.rules.ScreeningEngine;
import studio.vive.screening.rules.ScreeningFacts;

/**
 * Consumer-driven contract: screening reads booking-service's golden {@code BookingRequested} and
 * writes exactly the golden shapes of {@code BookingCleared} and {@code ReferralRaised}.
 */
class OutcomeContractTest {

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final RuleSet ruleSet = RuleSet.current();
    private final ScreeningEngine engine = new ScreeningEngine();

    @Test
    void theGoldenBookingRequestedReadsAndIsCleared() throws IOException {
        BookingRequested request = json.readValue(GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED),
                BookingRequested.class);

        assertEquals(UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962"), request.bookingId());
        assertEquals(new ScreeningAnswers(false, false, false, LegPain.NONE, false, false, false, false, false, false,
                false, 5, true, PainCause.SPORT_INJURY), request.screening());
        assertEquals(Tier.CLEARED, ruleSet.screen(ScreeningFacts.of(request)).tier());
    }

    @Test
    void aClearedDecisionWritesTheGoldenBookingCleared() throws IOException {
        Screening screening = ruleSet.screen(ScreeningFacts.of(Answers.allClear().build(),
                java.time.LocalDate.of(1970, 3, 14), java.time.LocalDate.of(2026, 12, 1)));
        Decision decision = decision("3b241101-e2bb-4255-8caf-4136c566a962", "6f1c2c2e-8a4b-4c61-9a8e-0d4f7f3f9a01",
                "0c9a7e55-1d0b-4a8e-9a51-5f2f1b7f6c02", screening);

        assertEquals(golden(GoldenSamples.BOOKING_CLEARED), written(OutcomeEvents.of(decision, screening)));
    }

    @Test
    void anUrgentReferralWritesTheGoldenReferralRaised() throws IOException {
        Screening screening = ruleSet.screen(ScreeningFacts.of(
                Answers.allClear().legWeaknessNumbnessTingling().historyOfCancer().build(),
                java.time.LocalDate.of(1980, 1, 1), java.time.LocalDate.of(2026, 12, 1)));
        Decision decision = decision("5d8e2a14-7f3c-4b9a-a1e6-9c4b2d7e8f10", "b2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e04",
                "a7d3e0f4-2c1b-4f7e-8d6a-3b9c5e1f7d03", screening);

        assertEquals(golden(GoldenSamples.REFERRAL_RAISED), written(OutcomeEvents.of(decision, screening)));
    }

    @Test
    void theGoldenRequestWithAClearanceReadsAndIsClearedByTheDoctor() throws IOException {
        BookingRequested request = json.readValue(
                GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED_WITH_CLEARANCE), BookingRequested.class);

        Screening screening = engine.screen(request);

        assertEquals(Tier.CLEARED, screening.tier());
        assertEquals(List.of("RF-CANCER", "RF-PERSISTENT-ESCALATION"), screening.clearedRuleIds());
    }

    @Test
    void aDecisionClearedByTheDoctorWritesTheGoldenBookingClearedWithClearance() throws IOException {
        BookingRequested request = json.readValue(
                GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED_WITH_CLEARANCE), BookingRequested.class);
        Screening screening = engine.screen(request);
        Decision decision = decision("7a1f3c5e-9b2d-4e6f-8a0c-2d4e6f8a0b12", "9e4b7c1a-3d2f-4a6b-8c5e-1f0a2b3c4d11",
                "2b6d0f4a-8c1e-4a3b-9d5f-7e9a1b3c5d14", screening, Instant.parse("2026-12-11T02:00:01Z"));

        assertEquals(golden(GoldenSamples.BOOKING_CLEARED_WITH_CLEARANCE),
                written(OutcomeEvents.of(decision, screening)));
    }

    @Test
    void aReferralWithACoveredRuleWritesTheGoldenReferralRaisedWithClearance() throws IOException {
        BookingRequested request = BookingRequested.of(UUID.randomUUID(), Instant.now(), LocalDate.of(2026, 12, 15),
                LocalDate.of(1970, 3, 14), Answers.allClear().persistentFever().historyOfCancer().build(),
                new ClearanceGrant(UUID.fromString("4c2e8a6f-1b3d-4f5a-9c7e-0a2b4c6d8e13"), LocalDate.of(2026, 12, 10),
                        List.of("RF-CANCER")));
        Screening screening = engine.screen(request);
        Decision decision = decision("8b2a4c6e-0d1f-4a3b-9c5d-7e9f1a3b5c16", "0f1e2d3c-4b5a-4697-8877-665544332217",
                "5e7a9c1b-3d5f-4b7a-8c9e-1a3b5c7d9e15", screening, Instant.parse("2026-12-11T02:00:01Z"));

        assertEquals(golden(GoldenSamples.REFERRAL_RAISED_WITH_CLEARANCE),
                written(OutcomeEvents.of(decision, screening)));
    }

    private static Decision decision(String booking, String requestEvent, String outcomeEvent, Screening screening) {
        return decision(booking, requestEvent, outcomeEvent, screening, Instant.parse("2026-11-30T23:15:01Z"));
    }

    private static Decision decision(String booking, String requestEvent, String outcomeEvent, Screening screening,
                                     Instant decidedAt) {
        return new Decision(UUID.fromString(booking), UUID.fromString(requestEvent), screening.tier(),
                screening.ruleSetVersion(), decidedAt, UUID.fromString(outcomeEvent),
                screening.matched(), null, null, screening.clearanceId(),
                screening.clearedByDoctor().isEmpty() ? null : screening.clearedByDoctor());
    }

    private JsonNode written(ScreeningOutcome outcome) throws IOException {
        // Through the contract type, as the outbox writes it.
        return json.readValue(json.writeValueAsString(Argument.of(ScreeningOutcome.class), outcome), JsonNode.class);
    }

    private JsonNode golden(String sample) throws IOException {
        return json.readValue(GoldenSamples.json(sample), JsonNode.class);
    }
}
