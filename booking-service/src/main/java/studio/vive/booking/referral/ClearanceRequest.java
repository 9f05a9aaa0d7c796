package studio.vive.booking.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * {@code POST /api/admin/referrals/{bookingId}/clearance}: the doctor's clearance the client brought.
 *
 * @param clinician  who cleared the client
 * @param clearedOn  the day they did (not in the future)
 * @param validUntil the last studio date an appointment may be on to be covered
 * @param note       optional staff note (never the client's raw answers)
 */
@Serdeable
public record ClearanceRequest(@Nullable String clinician, @Nullable LocalDate clearedOn,
                               @Nullable LocalDate validUntil, @Nullable String note) {

    @Override
    public String toString() {
        return "ClearanceRequest[clearedOn=" + clearedOn + ", validUntil=" + validUntil + "]";
    }
}
