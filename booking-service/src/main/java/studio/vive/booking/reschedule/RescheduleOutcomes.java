package studio.vive.booking.reschedule;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.LifecycleEvents;
import studio.vive.booking.change.AppointmentChanges;
import studio.vive.booking.outcome.BookingDecisions;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.ChangeReason;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.messaging.outbox.Outbox;

/**
 * Applies screening's decision for a rescheduled booking's new date, in the outcome's transaction
 * (the caller marked the event processed). Only the decision answering the booking's latest move
 * counts; one answering an earlier move, or the first request, is stale and changes nothing.
 * <ul>
 *   <li>cleared, booking had been confirmed → {@code CONFIRMED} and one {@code AppointmentChanged}
 *   (updated invites at the next SEQUENCE; a change of therapist cancels the old one's);</li>
 *   <li>cleared, never confirmed → {@code CONFIRMED} and the usual first confirmation;</li>
 *   <li>referral → {@code REFERRED}, the slot released; the client is told why, and a therapist who
 *   held an invite gets its cancellation;</li>
 *   <li>cancelled by the client meanwhile → stays cancelled; a referral is stored for staff.</li>
 * </ul>
 */
@Singleton
public class RescheduleOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(RescheduleOutcomes.class);

    private final BookingRepository bookings;
    private final PendingReschedules pending;
    private final BookingDecisions decisions;
    private final AppointmentChanges changes;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final StudioTime time;

    RescheduleOutcomes(BookingRepository bookings, PendingReschedules pending, BookingDecisions decisions,
                       AppointmentChanges changes, LifecycleEvents events, Outbox outbox, StudioTime time) {
        this.bookings = bookings;
        this.pending = pending;
        this.decisions = decisions;
        this.changes = changes;
        this.events = events;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Applies {@code outcome} if its booking is being rescheduled.
     *
     * @return false when no reschedule of the booking awaits a decision (a first decision: the caller applies it)
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean applied(ScreeningOutcome outcome) {
        // The row lock first, as a reschedule takes it before writing its pending move: the move read
        // next is the latest committed one.
        Optional<Booking> locked = bookings.findByIdForUpdate(outcome.bookingId());
        Optional<PendingReschedule> move = locked.flatMap(booking -> pending.findById(booking.id()));
        if (move.isEmpty()) {
            return false;
        }
        if (!move.get().requestEventId().equals(outcome.requestEventId())) {
            LOG.info("Outcome {} answers an earlier request of booking {}, which has moved since; ignoring it",
                    outcome.eventId(), outcome.bookingId());
            return true;
        }
        pending.deleteById(outcome.bookingId());
        decide(locked.get(), move.get(), outcome);
        return true;
    }

    private void decide(Booking booking, PendingReschedule move, ScreeningOutcome outcome) {
        Instant now = time.now();
        BookingStatus next = decisions.record(booking, outcome, now);
        switch (next) {
            case CONFIRMED -> cleared(booking, move, outcome, now);
            case REFERRED -> referred(booking, move, outcome, now);
            default -> LOG.info("Booking {} was cancelled before its new date was decided ({}); it stays cancelled",
                    booking.id(), outcome.tier());
        }
    }

    private void cleared(Booking booking, PendingReschedule move, ScreeningOutcome outcome, Instant now) {
        if (!move.wasConfirmed()) {
            decisions.confirm(booking, outcome, now);
            return;
        }
        changes.announce(move.before(booking), booking, ChangeReason.RESCHEDULED_BY_CLIENT);
        LOG.info("Booking {} confirmed at its new time (outcome {})", booking.id(), outcome.eventId());
    }

    private void referred(Booking booking, PendingReschedule move, ScreeningOutcome outcome, Instant now) {
        if (!move.wasConfirmed()) {
            decisions.refer(booking, outcome, now);
            return;
        }
        // The calendars hold the appointment as it was before the move: that is the one to cancel.
        outbox.append(EventTopic.BOOKING_LIFECYCLE, BookingReferred.ofConfirmed(booking.id(), now, booking.contact(),
                outcome.tier(), outcome.reasons(), events.appointment(move.before(booking))));
        LOG.info("Booking {} referred for its new date ({}), slot released (outcome {})", booking.id(),
                outcome.tier(), outcome.eventId());
    }
}
