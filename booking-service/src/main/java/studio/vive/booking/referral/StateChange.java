package studio.vive.booking.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code POST /api/admin/referrals/{bookingId}/state}: the new state and an optional staff note
 * (follow-up notes only; never the client's raw health answers).
 */
@Serdeable
public record StateChange(@Nullable ReferralState state, @Nullable String note) {

    @Override
    public String toString() {
        return "StateChange[state=" + state + "]";
    }
}
