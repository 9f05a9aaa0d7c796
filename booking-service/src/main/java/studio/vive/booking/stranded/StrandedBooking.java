package studio.vive.booking.stranded;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking stranded in {@code PENDING_SCREENING}, as admins see it. No contact details: releasing
 * it tells the client through the normal cancellation email.
 *
 * @param pendingSince when the booking was requested (it has waited for screening since)
 * @param startsAt     the appointment its slot is held for
 * @param explanation  {@code reason} in words
 */
@Serdeable
public record StrandedBooking(UUID bookingId, OffsetDateTime pendingSince, OffsetDateTime startsAt,
                              String serviceCode, String therapistId, StrandedReason reason, String explanation) {
}
