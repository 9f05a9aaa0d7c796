package studio.vive.screening.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.rules.RuleSet;
import studio.vive.screening.rules.Screening;
import studio.vive.screening.rules.ScreeningFacts;

/**
 * Consumer-driven contract: screening reads booking-service's golden {@code BookingRequested} and
 * writes exactly the golden shapes of {@code BookingCleared} and {@code ReferralRaised}.
 */
class OutcomeContractTest {

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final RuleSet ruleSet = RuleSet.current();

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

    private static Decision decision(String booking, String requestEvent, String outcomeEvent, Screening screening) {
        return new Decision(UUID.fromString(booking), UUID.fromString(requestEvent), screening.tier(),
                screening.ruleSetVersion(), Instant.parse("2026-11-30T23:15:01Z"), UUID.fromString(outcomeEvent),
                screening.matched(), null, null);
    }

    private JsonNode written(ScreeningOutcome outcome) throws IOException {
        // Through the contract type, as the outbox writes it.
        return json.readValue(json.writeValueAsString(Argument.of(ScreeningOutcome.class), outcome), JsonNode.class);
    }

    private JsonNode golden(String sample) throws IOException {
        return json.readValue(GoldenSamples.json(sample), JsonNode.class);
    }
}
