package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One or more red flags matched: the client must see a doctor, no massage is booked.
 *
 * @param urgency {@link Tier#REFERRAL} or {@link Tier#URGENT_REFERRAL}
 * @param reasons every matched rule, in rule order
 */
@Serdeable
public record ReferralRaised(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull UUID requestEventId,
        @NotNull String ruleSetVersion,
        @NotNull Instant decidedAt,
        @NotNull Tier urgency,
        @NotEmpty List<@Valid Reason> reasons) implements ScreeningOutcome {

    public static final int SCHEMA_VERSION = 1;

    public ReferralRaised {
        if (urgency == Tier.CLEARED) {
            throw new IllegalArgumentException("a referral cannot be CLEARED");
        }
        reasons = reasons == null ? null : List.copyOf(reasons);
    }

    public static ReferralRaised of(UUID bookingId, UUID requestEventId, String ruleSetVersion, Instant decidedAt,
                                    Tier urgency, List<Reason> reasons) {
        return new ReferralRaised(UUID.randomUUID(), SCHEMA_VERSION, decidedAt, bookingId, requestEventId,
                ruleSetVersion, decidedAt, urgency, reasons);
    }

    @Override
    public Tier tier() {
        return urgency;
    }
}
