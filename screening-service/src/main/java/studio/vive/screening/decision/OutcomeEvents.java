package studio.vive.screening.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.screening.rules.MatchedRule;
import studio.vive.screening.rules.Screening;

/**
 * The event that tells booking-service a decision: {@code BookingCleared} or {@code ReferralRaised},
 * for a booking's first decision and for the re-screen of a rescheduled booking alike.
 */
public final class OutcomeEvents {

    private OutcomeEvents() {
    }

    static ScreeningOutcome of(Decision decision, Screening screening) {
        return of(decision.outcomeEventId(), decision.bookingId(), decision.requestEventId(), decision.decidedAt(),
                screening);
    }

    /**
     * The clearance fields are written only when a clearance covered a rule, so every other
     * outcome keeps the old shape (ADR 0002).
     *
     * @param requestEventId the event the outcome decides ({@code BookingRequested} or {@code RescreenRequested})
     */
    public static ScreeningOutcome of(UUID outcomeEventId, UUID bookingId, UUID requestEventId, Instant decidedAt,
                                      Screening screening) {
        List<ClearedRule> cleared = screening.clearedByDoctor().isEmpty() ? null : screening.clearedByDoctor();
        UUID clearanceId = screening.clearanceId();
        if (screening.cleared()) {
            return new BookingCleared(outcomeEventId, BookingCleared.SCHEMA_VERSION, decidedAt, bookingId,
                    requestEventId, screening.ruleSetVersion(), decidedAt, clearanceId, cleared);
        }
        return new ReferralRaised(outcomeEventId, ReferralRaised.SCHEMA_VERSION, decidedAt, bookingId,
                requestEventId, screening.ruleSetVersion(), decidedAt, screening.tier(),
                screening.matched().stream().map(MatchedRule::reason).toList(), clearanceId, cleared);
    }
}
