package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Screening's decision on a pre-visit re-check ({@link RecheckSubmitted}) of an already confirmed
 * booking, by the urgent rules alone: {@link Tier#CLEARED} (the appointment stands) or
 * {@link Tier#URGENT_REFERRAL} with every matched rule. Unlike {@link BookingCleared} and
 * {@link ReferralRaised} it decides a booking that was decided before.
 *
 * @param requestEventId the event id of the {@link RecheckSubmitted} this decides
 * @param reasons        every matched rule, in rule order; empty when cleared
 */
@Serdeable
public record RecheckDecided(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull UUID requestEventId,
        @NotNull String ruleSetVersion,
        @NotNull Instant decidedAt,
        @NotNull Tier tier,
        List<@Valid Reason> reasons) implements ScreeningOutcome {

    public static final int SCHEMA_VERSION = 1;

    public RecheckDecided {
        if (tier == Tier.REFERRAL) {
            throw new IllegalArgumentException("a re-check asks only the urgent questions: CLEARED or URGENT_REFERRAL");
        }
        // An empty list is left out of the JSON, so a cleared re-check reads back without reasons.
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Never any: a re-check asks only the urgent questions, which no doctor's clearance covers. */
    @Override
    public List<ClearedRule> cleared() {
        return List.of();
    }

    /** Whether the re-check found an urgent red flag. */
    public boolean isReferral() {
        return tier != Tier.CLEARED;
    }
}
