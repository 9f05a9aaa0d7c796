package studio.vive.booking.reschedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.availability.SlotNotBookableException;
import studio.vive.booking.availability.TimeAway;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.TherapistDayLocks;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.referral.ClearanceRedemption;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.RescreenRequested;
import studio.vive.contracts.ScreeningAnswers;
import studio.vive.messaging.outbox.Outbox;

/**
 * One move of a booking to a new time with one therapist, in one transaction: the new time is
 * held and the old one released by the same row update, the booking awaits screening's decision
 * for the new date ({@code PENDING_SCREENING}), and the {@link RescreenRequested} goes out through
 * the outbox. A lost race changes nothing: the exclusion constraint refuses the update (23P01,
 * answered 409 by {@link Reschedules}) and the booking stays as it was.
 *
 * <p>Lock order as a new booking's hold ({@link TherapistDayLocks}, then the row), so a reschedule,
 * a new booking and time off added for the same day never deadlock each other.
 */
@Singleton
class Reschedule {

    private static final Logger LOG = LoggerFactory.getLogger(Reschedule.class);

    private final BookingRepository bookings;
    private final PendingReschedules pending;
    private final TherapistDayLocks locks;
    private final TimeAway timeAway;
    private final ClearanceRedemption clearances;
    private final Outbox outbox;
    private final StudioTime time;

    Reschedule(BookingRepository bookings, PendingReschedules pending, TherapistDayLocks locks, TimeAway timeAway,
               ClearanceRedemption clearances, Outbox outbox, StudioTime time) {
        this.bookings = bookings;
        this.pending = pending;
        this.locks = locks;
        this.timeAway = timeAway;
        this.clearances = clearances;
        this.outbox = outbox;
        this.time = time;
    }

    /** Where to: the therapist and the new times, computed from the booking as it was read. */
    record Move(Booking seen, String therapistId, Booking.Times times, @Nullable ScreeningAnswers answeredAgain) {
    }

    /**
     * @throws ProblemException         409 when the booking changed since it was read
     * @throws SlotNotBookableException when the therapist is on time off then (checked under the day locks)
     */
    @Transactional
    void move(Move move) {
        Booking.Times to = move.times();
        locks.lock(move.therapistId(), to.startsAt(), to.blockedUntil());
        Booking booking = bookings.findByIdForUpdate(move.seen().id()).orElseThrow();
        if (!booking.updatedAt().equals(move.seen().updatedAt())) {
            throw new ProblemException(ProblemType.CONCURRENT_CHANGE,
                    "The booking changed while it was being moved. Reload it and try again.");
        }
        if (!timeAway.overlapping(List.of(move.therapistId()), to.startsAt(), to.endsAt()).isEmpty()) {
            throw new SlotNotBookableException(TimeAway.NOT_WORKING);
        }
        Instant now = time.now();
        RescreenRequested rescreen = RescreenRequested.of(booking.id(), now, time.dateOf(to.startsAt()),
                booking.client().dateOfBirth(), move.answeredAgain(),
                clearances.grantStillValidFor(booking.id(), time.dateOf(to.startsAt())).orElse(null));
        bookings.reschedule(booking.id(), move.therapistId(), to.startsAt(), to.endsAt(), to.blockedUntil(),
                rescreen.eventId(), now);
        pending.findById(booking.id()).ifPresentOrElse(
                earlier -> pending.update(earlier.movedAgain(rescreen.eventId(), now)),
                () -> pending.save(PendingReschedule.of(booking, rescreen.eventId(), now)));
        // Only what screening needs: the new date, the date of birth, no name, email or phone (ADR 0001).
        outbox.append(EventTopic.RESCREEN_REQUESTED, rescreen);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", booking.id().toString())) {
            LOG.info("Booking {} moved by the client to {} with {}; awaiting screening for the new date",
                    booking.id(), time.local(to.startsAt()), move.therapistId());
        }
    }
}
