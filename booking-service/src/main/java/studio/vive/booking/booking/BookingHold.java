package studio.vive.booking.booking;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.availability.SlotNotBookableException;
import studio.vive.booking.availability.TimeAway;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.referral.ClearanceRedemption;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ClearanceGrant;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.outbox.Outbox;

/**
 * Holds a slot: inserts the booking, its first access token and its {@code BookingRequested}
 * event in one transaction. The database's exclusion constraint decides races: an overlapping
 * active booking makes the insert, and so the whole transaction, fail. Holds of one therapist's
 * day queue on {@link TherapistDayLocks} first, so racing inserts never deadlock.
 */
@Singleton
class BookingHold {

    private final BookingRepository bookings;
    private final AccessTokens tokens;
    private final Outbox outbox;
    private final StudioTime time;
    private final TherapistDayLocks locks;
    private final TimeAway timeAway;
    private final ClearanceRedemption clearances;

    BookingHold(BookingRepository bookings, AccessTokens tokens, Outbox outbox, StudioTime time,
                TherapistDayLocks locks, TimeAway timeAway, ClearanceRedemption clearances) {
        this.clearances = clearances;
        this.bookings = bookings;
        this.timeAway = timeAway;
        this.locks = locks;
        this.tokens = tokens;
        this.outbox = outbox;
        this.time = time;
    }

    /** One attempt to hold the slot with one therapist. */
    @Transactional
    AcceptedBooking hold(Attempt attempt) {
        Instant now = time.now();
        UUID id = UUID.randomUUID();
        UUID requestEventId = UUID.randomUUID();
        BookingRequest request = attempt.request();
        Instant startsAt = request.startsAt().toInstant();
        Instant endsAt = startsAt.plus(attempt.service().duration());
        ClientDetails client = request.client();
        Instant blockedUntil = endsAt.plus(attempt.buffer());
        locks.lock(attempt.therapistId(), startsAt, blockedUntil);
        // Issue 14: time off is added under the same day locks, so time off committed since the
        // candidates were checked is seen here and a booking and time off never both win.
        if (!timeAway.overlapping(List.of(attempt.therapistId()), startsAt, endsAt).isEmpty()) {
            throw new SlotNotBookableException(TimeAway.NOT_WORKING);
        }
        bookings.save(Booking.pending(id, attempt.service().code(), attempt.therapistId(),
                new Booking.Times(startsAt, endsAt, blockedUntil), BookingClient.of(client),
                request.screening().cause(),
                new Booking.Origin(requestEventId, attempt.idempotencyKey(), attempt.fingerprint()), now));
        String token = tokens.issue(id, AccessTokens.Purpose.BOOKING_RESPONSE);
        ClearanceGrant clearance = clearanceFor(id, request, startsAt);
        // Only what screening needs: no name, email or phone (ADR 0001).
        outbox.append(EventTopic.BOOKING_REQUESTED, new BookingRequested(requestEventId, BookingRequested.SCHEMA_VERSION,
                now, id, time.dateOf(startsAt), client.dateOfBirth(), request.screening(), clearance));
        return new AcceptedBooking(id, BookingStatus.PENDING_SCREENING, token, false);
    }

    /** Checked again inside the hold's transaction: the doctor's clearance screening relies on (issue 15). */
    private ClearanceGrant clearanceFor(UUID bookingId, BookingRequest request, Instant startsAt) {
        ClearanceGrant clearance = clearances.grantFor(request.clearanceCode(), request.client().email(),
                request.client().dateOfBirth(), time.dateOf(startsAt)).orElse(null);
        if (clearance != null) {
            clearances.used(bookingId, clearance);
        }
        return clearance;
    }

    /** A further token for a replayed request; nothing else changes and nothing is published. */
    @Transactional
    AcceptedBooking replay(Booking booking) {
        String token = tokens.issue(booking.id(), AccessTokens.Purpose.BOOKING_RESPONSE);
        return new AcceptedBooking(booking.id(), booking.status(), token, true);
    }

    /** What one hold attempt inserts. */
    record Attempt(BookingRequest request, MassageService service, String therapistId, Duration buffer,
                   String idempotencyKey, String fingerprint) {
    }
}
