package studio.vive.booking.timeoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.studio.AffectedBooking;

/** What staff send to add time off, and what they get back. */
public final class TimeOffForms {

    private TimeOffForms() {
    }

    /**
     * Time off as the admin asks for it; a therapist's own requests have no {@code therapistId}.
     *
     * @param therapistId null or absent: the whole studio is closed
     * @param startsAt    ISO-8601 with offset
     */
    @Serdeable
    public record TimeOffRequest(@Nullable String therapistId, @Nullable String startsAt, @Nullable String endsAt,
                          @Nullable String reason) {
    }

    /** Time off as staff see it; {@code therapistId} is null for a studio closure. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TimeOffView(UUID id, @Nullable String therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       String reason, String createdBy) {
    }

    /** The answer to adding time off: the bookings it overlaps still stand and are to be resolved. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TimeOffAdded(UUID id, @Nullable String therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        String reason, List<AffectedBooking> affectedBookings) {
    }
}
