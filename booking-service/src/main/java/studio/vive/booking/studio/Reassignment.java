package studio.vive.booking.studio;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.availability.DaySchedule;
import studio.vive.booking.availability.SlotRules;
import studio.vive.booking.availability.TimeAway;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.TherapistDayLocks;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.change.AppointmentChanges;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.ChangeReason;

/**
 * One reassignment, in one transaction: a booking that still stands moves to a colleague free at
 * the same time. A confirmed booking's client and both therapists are told through one
 * {@code AppointmentChanged} (the next invite SEQUENCE); a pending one needs no message, since its
 * confirmation, when screening clears it, names the new therapist.
 *
 * <p>Lock order as a new booking's hold ({@link TherapistDayLocks}, then rows): the new
 * therapist's days first, then the booking's row. The exclusion constraint still has the last
 * word: an update that would overlap another active booking fails with 23P01, which
 * {@link Reassignments} answers as 409.
 */
@Singleton
class Reassignment {

    private static final Logger LOG = LoggerFactory.getLogger(Reassignment.class);

    private final BookingRepository bookings;
    private final Catalogue catalogue;
    private final TimeAway timeAway;
    private final TherapistDayLocks locks;
    private final AppointmentChanges changes;
    private final AuditLog audit;
    private final SlotRules rules;
    private final StudioTime time;

    Reassignment(BookingRepository bookings, Catalogue catalogue, TimeAway timeAway, TherapistDayLocks locks,
                 AppointmentChanges changes, AuditLog audit, SlotRules rules, StudioTime time) {
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.timeAway = timeAway;
        this.locks = locks;
        this.changes = changes;
        this.audit = audit;
        this.rules = rules;
        this.time = time;
    }

    /**
     * Gives booking {@code id} to {@code therapist}; a booking already theirs is answered unchanged.
     *
     * @throws ProblemException 404 for an unknown booking; 409 when the booking no longer stands or
     *                          has started, or the therapist does not work or is on time off then
     */
    @Transactional
    StaffBookingView reassign(UUID id, Therapist therapist, String staffUser) {
        Booking seen = bookings.findById(id).orElseThrow(StudioCancellation::notFound);
        requireStanding(seen);
        if (seen.therapistId().equals(therapist.id())) {
            return StaffBookingView.of(seen, time);
        }
        locks.lock(therapist.id(), seen.startsAt(), seen.blockedUntil());
        Booking booking = bookings.findByIdForUpdate(id).orElseThrow(StudioCancellation::notFound);
        if (!seen.startsAt().equals(booking.startsAt()) || !seen.therapistId().equals(booking.therapistId())) {
            throw new ProblemException(ProblemType.CONCURRENT_CHANGE,
                    "The booking changed while it was being reassigned. Reload it and try again.");
        }
        requireStanding(booking);
        requireWorking(therapist, booking);
        bookings.reassign(id, therapist.id(), time.now());
        Booking moved = bookings.findById(id).orElseThrow();
        if (moved.status() == BookingStatus.CONFIRMED) {
            changes.announce(booking, moved, ChangeReason.REASSIGNED_BY_STUDIO);
        }
        audit.record(staffUser, "booking.reassigned", "booking:" + id, StaffBookingView.of(booking, time),
                StaffBookingView.of(moved, time));
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", id.toString())) {
            LOG.info("Booking {} reassigned from {} to {} ({})", id, booking.therapistId(), therapist.id(), staffUser);
        }
        return StaffBookingView.of(moved, time);
    }

    private void requireStanding(Booking booking) {
        if (!booking.status().holdsSlot()) {
            throw new ProblemException(ProblemType.NOT_REASSIGNABLE, "This booking is "
                    + booking.status().name().toLowerCase().replace('_', ' ') + ", so there is no appointment to move.");
        }
        if (!booking.startsAt().isAfter(time.now())) {
            throw new ProblemException(ProblemType.NOT_REASSIGNABLE, "This appointment has already started.");
        }
    }

    /** Checked under the therapist's day locks, which time off is added under too. */
    private void requireWorking(Therapist therapist, Booking booking) {
        if (!therapist.active()) {
            throw notFree(therapist.name() + " is not active, so they take no bookings.");
        }
        Duration duration = Duration.between(booking.startsAt(), booking.endsAt());
        List<WorkingHours> own = catalogue
                .workingHoursOn(time.dateOf(booking.startsAt()).getDayOfWeek()).stream()
                .filter(h -> h.therapistId().equals(therapist.id())).toList();
        if (!DaySchedule.of(therapist.id(), time.dateOf(booking.startsAt()), time.zone(), own, rules)
                .covers(booking.startsAt(), duration)) {
            throw notFree(therapist.name() + " does not work at that time.");
        }
        if (!timeAway.overlapping(List.of(therapist.id()), booking.startsAt(), booking.endsAt()).isEmpty()) {
            throw notFree(therapist.name() + " is on time off (or the studio is closed) at that time.");
        }
    }

    static ProblemException notFree(String detail) {
        return new ProblemException(ProblemType.THERAPIST_NOT_FREE, detail);
    }
}
