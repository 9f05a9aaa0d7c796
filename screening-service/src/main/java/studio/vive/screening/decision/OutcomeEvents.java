package studio.vive.screening.decision;

import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.screening.rules.MatchedRule;
import studio.vive.screening.rules.Screening;

/** The event that tells booking-service a decision: {@code BookingCleared} or {@code ReferralRaised}. */
final class OutcomeEvents {

    private OutcomeEvents() {
    }

    static ScreeningOutcome of(Decision decision, Screening screening) {
        if (screening.cleared()) {
            return new BookingCleared(decision.outcomeEventId(), BookingCleared.SCHEMA_VERSION, decision.decidedAt(),
                    decision.bookingId(), decision.requestEventId(), decision.ruleSetVersion(), decision.decidedAt());
        }
        return new ReferralRaised(decision.outcomeEventId(), ReferralRaised.SCHEMA_VERSION, decision.decidedAt(),
                decision.bookingId(), decision.requestEventId(), decision.ruleSetVersion(), decision.decidedAt(),
                screening.tier(), screening.matched().stream().map(MatchedRule::reason).toList());
    }
}
