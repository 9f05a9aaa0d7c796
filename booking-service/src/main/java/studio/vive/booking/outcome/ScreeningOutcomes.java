package studio.vive.booking.outcome;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.recheck.RecheckOutcomes;
import studio.vive.booking.reschedule.RescheduleOutcomes;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.RecheckDecided;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.messaging.inbox.ProcessedEvents;

/**
 * Applies a screening decision to its booking, exactly once: the processed-event mark, the
 * status change and the lifecycle event for notification-service commit together.
 *
 * <ul>
 *   <li>cleared → {@code CONFIRMED}, {@code BookingConfirmed} with a fresh manage link;</li>
 *   <li>referral → {@code REFERRED} (the slot is released), tier and reasons stored,
 *   {@code BookingReferred};</li>
 *   <li>a booking the client cancelled meanwhile stays cancelled and is never confirmed; a
 *   referral is still stored so staff can follow it up;</li>
 *   <li>a second decision for an already decided booking is ignored;</li>
 *   <li>a re-check's decision goes to {@link RecheckOutcomes}, a rescheduled booking's to
 *   {@link RescheduleOutcomes}.</li>
 * </ul>
 */
@Singleton
public class ScreeningOutcomes {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "booking-outcomes";

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningOutcomes.class);

    private final ProcessedEvents processedEvents;
    private final BookingRepository bookings;
    private final BookingDecisions decisions;
    private final StudioTime time;
    private final RecheckOutcomes rechecks;
    private final RescheduleOutcomes reschedules;

    ScreeningOutcomes(ProcessedEvents processedEvents, BookingRepository bookings, BookingDecisions decisions,
                      StudioTime time, RecheckOutcomes rechecks, RescheduleOutcomes reschedules) {
        this.processedEvents = processedEvents;
        this.bookings = bookings;
        this.decisions = decisions;
        this.time = time;
        this.rechecks = rechecks;
        this.reschedules = reschedules;
    }

    @Transactional
    public void apply(ScreeningOutcome outcome) {
        if (!processedEvents.markProcessed(outcome.eventId(), CONSUMER)) {
            LOG.info("Outcome {} for booking {} already applied; ignoring the redelivery",
                    outcome.eventId(), outcome.bookingId());
            return;
        }
        if (outcome instanceof RecheckDecided recheck) {
            rechecks.apply(recheck);
            return;
        }
        undecidedBooking(outcome).ifPresent(booking -> decide(booking, outcome));
    }

    /**
     * The booking {@code outcome} decides for the first time, unless it is unknown, was decided
     * already, or is being rescheduled (then {@link RescheduleOutcomes} applies the outcome: only
     * a decided booking can be moved, so a first decision never costs that lookup).
     */
    private Optional<Booking> undecidedBooking(ScreeningOutcome outcome) {
        Optional<Booking> found = bookings.findByIdForUpdate(outcome.bookingId());
        if (found.isEmpty()) {
            LOG.warn("Outcome {} names unknown booking {}; ignoring it", outcome.eventId(), outcome.bookingId());
            return Optional.empty();
        }
        Booking booking = found.get();
        if (booking.isDecided()) {
            if (!reschedules.applied(booking, outcome)) {
                LOG.warn("Booking {} was already decided ({}); ignoring outcome {}",
                        booking.id(), booking.outcome().tier(), outcome.eventId());
            }
            return Optional.empty();
        }
        if (!outcome.requestEventId().equals(booking.requestEventId())) {
            LOG.warn("Outcome {} answers request {}, booking {} was requested as {}; applying it",
                    outcome.eventId(), outcome.requestEventId(), booking.id(), booking.requestEventId());
        }
        return found;
    }

    private void decide(Booking booking, ScreeningOutcome outcome) {
        Instant now = time.now();
        BookingStatus next = decisions.record(booking, outcome, now);
        switch (next) {
            case CONFIRMED -> decisions.confirm(booking, outcome, now);
            case REFERRED -> decisions.refer(booking, outcome, now);
            default -> LOG.info("Booking {} was cancelled before screening decided ({}); it stays cancelled",
                    booking.id(), outcome.tier());
        }
    }
}
