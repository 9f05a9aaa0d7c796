package studio.vive.booking.reschedule;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingStatus;

/**
 * A reschedule awaiting screening's decision for the new date: which request screening answers,
 * and the appointment client and therapist had before (kept across a second move made while the
 * first was still being decided, since their calendars still show that one).
 *
 * @param requestEventId the {@code RescreenRequested} whose outcome decides the booking; any other is stale
 * @param wasConfirmed   whether the booking had been confirmed, so client and therapist hold an invite
 */
@MappedEntity("booking_reschedule")
public record PendingReschedule(
        @Id UUID bookingId,
        UUID requestEventId,
        boolean wasConfirmed,
        String previousTherapistId,
        Instant previousStartsAt,
        Instant previousEndsAt,
        Instant previousBlockedUntil,
        Instant requestedAt) {

    /** The first move of {@code booking}: what it is now is what the parties have. */
    static PendingReschedule of(Booking booking, UUID requestEventId, Instant now) {
        return new PendingReschedule(booking.id(), requestEventId, booking.status() == BookingStatus.CONFIRMED,
                booking.therapistId(), booking.startsAt(), booking.endsAt(), booking.blockedUntil(), now);
    }

    /** A further move before the first was decided: the parties still have the first one's "before". */
    PendingReschedule movedAgain(UUID nextRequestEventId, Instant now) {
        return new PendingReschedule(bookingId, nextRequestEventId, wasConfirmed, previousTherapistId,
                previousStartsAt, previousEndsAt, previousBlockedUntil, now);
    }

    /** {@code booking} as the parties had it before the move. */
    Booking before(Booking booking) {
        return booking.withAppointment(previousTherapistId, new Booking.Times(previousStartsAt, previousEndsAt,
                previousBlockedUntil));
    }
}
