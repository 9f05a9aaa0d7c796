package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
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
 * @param reasons     every matched rule that refers, in rule order
 * @param clearanceId the doctor's clearance the decision relied on; null (absent) when none
 * @param cleared     matched rules the clearance covered (not among the reasons); null (absent) when none
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
        @NotEmpty List<@Valid Reason> reasons,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) UUID clearanceId,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<@Valid ClearedRule> cleared)
        implements ScreeningOutcome {

    public static final int SCHEMA_VERSION = 1;

    /** The shape before a clearance could be relied on. */
    public ReferralRaised(UUID eventId, int schemaVersion, Instant occurredAt, UUID bookingId, UUID requestEventId,
                          String ruleSetVersion, Instant decidedAt, Tier urgency, List<Reason> reasons) {
        this(eventId, schemaVersion, occurredAt, bookingId, requestEventId, ruleSetVersion, decidedAt, urgency,
                reasons, null, null);
    }

    @Creator
    public ReferralRaised {
        cleared = cleared == null ? null : List.copyOf(cleared);
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
