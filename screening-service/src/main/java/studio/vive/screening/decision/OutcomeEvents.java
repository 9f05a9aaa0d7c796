package studio.vive.screening.decision;

import java.util.List;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.screening.rules.MatchedRule;
import studio.vive.screening.rules.Screening;

/** The event that tells booking-service a decision: {@code BookingCleared} or {@code ReferralRaised}. */
final class OutcomeEvents {

    private OutcomeEvents() {
    }

    /**
     * The clearance fields are written only when a clearance covered a rule, so every other
     * outcome keeps the old shape (ADR 0002).
     */
    static ScreeningOutcome of(Decision decision, Screening screening) {
        List<ClearedRule> cleared = screening.clearedByDoctor().isEmpty() ? null : screening.clearedByDoctor();
        if (screening.cleared()) {
            return new BookingCleared(decision.outcomeEventId(), BookingCleared.SCHEMA_VERSION, decision.decidedAt(),
                    decision.bookingId(), decision.requestEventId(), decision.ruleSetVersion(), decision.decidedAt(),
                    decision.clearanceId(), cleared);
        }
        return new ReferralRaised(decision.outcomeEventId(), ReferralRaised.SCHEMA_VERSION, decision.decidedAt(),
                decision.bookingId(), decision.requestEventId(), decision.ruleSetVersion(), decision.decidedAt(),
                screening.tier(), screening.matched().stream().map(MatchedRule::reason).toList(),
                decision.clearanceId(), cleared);
    }
}
