package studio.vive.booking.reschedule;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.change.AppointmentChanges;
import studio.vive.booking.outcome.BookingDecisions;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.ChangeReason;
import studio.vive.contracts.ScreeningOutcome;

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

    private final PendingReschedules pending;
    private final BookingDecisions decisions;
    private final AppointmentChanges changes;
    private final StudioTime time;

    RescheduleOutcomes(PendingReschedules pending, BookingDecisions decisions, AppointmentChanges changes,
                       StudioTime time) {
        this.pending = pending;
        this.decisions = decisions;
        this.changes = changes;
        this.time = time;
    }

    /**
     * Applies {@code outcome} if {@code booking} is being rescheduled. The caller holds the
     * booking's row lock, which a reschedule takes before writing its pending move, so the move
     * read here is the latest committed one.
     *
     * @return false when no reschedule of the booking awaits a decision
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean applied(Booking booking, ScreeningOutcome outcome) {
        Optional<PendingReschedule> move = pending.findById(booking.id());
        if (move.isEmpty()) {
            return false;
        }
        if (!move.get().requestEventId().equals(outcome.requestEventId())) {
            LOG.info("Outcome {} answers an earlier request of booking {}, which has moved since; ignoring it",
                    outcome.eventId(), booking.id());
            return true;
        }
        pending.deleteById(booking.id());
        decide(booking, move.get(), outcome);
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
        decisions.referConfirmed(booking, move.before(booking), outcome, now);
    }
}
