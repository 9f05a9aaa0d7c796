package studio.vive.booking.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.referral.ClearanceView;
import studio.vive.booking.referral.ReferralState;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/**
 * A referral as the admin sees it: who to contact (the studio follows referrals up by phone or
 * email), why, and whether someone already did.
 *
 * <p>After the retention period ({@code vive.booking.retention.outcome-messages}) a referral keeps
 * its tier and rule ids only: the reasons' messages are null and {@code client} is null
 * ({@code contactErased}), so the row no longer links a person to a red flag.
 *
 * <p>Issue 15: {@code state} (with who set it and when), {@code overdue} (urgent and not contacted
 * within {@code vive.booking.referrals.overdue-after}) and the doctor's {@code clearance}, or null.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralView(
        UUID bookingId,
        Tier tier,
        List<Reason> reasons,
        String ruleSetVersion,
        OffsetDateTime decidedAt,
        BookingStatus status,
        String serviceCode,
        String therapistId,
        OffsetDateTime startsAt,
        @Nullable Client client,
        @Nullable OffsetDateTime followedUpAt,
        @Nullable String followedUpBy,
        boolean contactErased,
        ReferralState state,
        @Nullable String stateChangedBy,
        @Nullable OffsetDateTime stateChangedAt,
        boolean overdue,
        @Nullable ClearanceView clearance) {

    /** Contact details for the follow-up. Personal data. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Client(String name, String email, String phone) {

        @Override
        public String toString() {
            return "Client[redacted]";
        }
    }

    @Override
    public String toString() {
        return "ReferralView[bookingId=" + bookingId + ", tier=" + tier + "]";
    }
}
