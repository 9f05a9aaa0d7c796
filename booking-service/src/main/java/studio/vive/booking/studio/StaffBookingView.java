package studio.vive.booking.studio;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.UUID;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.time.StudioTime;

/** A booking as a studio change answers it: status, service, therapist and times; no client data. */
@Serdeable
public record StaffBookingView(UUID id, BookingStatus status, String serviceCode, String therapistId,
                               OffsetDateTime startsAt, OffsetDateTime endsAt) {

    public static StaffBookingView of(Booking b, StudioTime time) {
        return new StaffBookingView(b.id(), b.status(), b.serviceCode(), b.therapistId(), time.local(b.startsAt()),
                time.local(b.endsAt()));
    }
}
