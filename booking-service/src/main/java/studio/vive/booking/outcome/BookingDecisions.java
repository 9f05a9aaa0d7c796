package studio.vive.booking.outcome;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.LifecycleEvents;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.referral.ReferralProgress;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.messaging.outbox.Outbox;

/**
 * What a screening decision does to its booking, for a first decision ({@link ScreeningOutcomes})
 * a rescheduled booking's re-screen and a re-check alike, always in the outcome's transaction: the status,
 * tier and reasons stored, the referral announced to the admins, and the client's first
 * confirmation or referral published for notification-service.
 */
@Singleton
public class BookingDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(BookingDecisions.class);

    private final BookingRepository bookings;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final JsonMapper json;
    private final ReferralNotices referrals;
    private final BookingMetrics metrics;
    private final ReferralProgress progress;

    BookingDecisions(BookingRepository bookings, LifecycleEvents events, Outbox outbox,
                     JsonMapper json, ReferralNotices referrals, BookingMetrics metrics, ReferralProgress progress) {
        this.bookings = bookings;
        this.events = events;
        this.outbox = outbox;
        this.json = json;
        this.referrals = referrals;
        this.metrics = metrics;
        this.progress = progress;
    }

    /**
     * Stores {@code outcome} on the booking (locked by the caller) and returns its new status: a
     * booking the client cancelled meanwhile stays cancelled, its referral still stored for staff.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public BookingStatus record(Booking booking, ScreeningOutcome outcome, Instant now) {
        BookingStatus next = booking.status().afterScreening(outcome.tier());
        bookings.recordOutcome(booking.id(), next.name(), outcome.tier().name(), reasonsJson(outcome),
                outcome.ruleSetVersion(), outcome.decidedAt(), now);
        metrics.outcome(outcome.tier());
        progress.recordCleared(booking.id(), outcome.clearedRules());
        if (outcome.tier() != Tier.CLEARED) {
            referrals.recorded(booking.id());
        }
        return next;
    }

    /**
     * The client's confirmation and the therapist's invite. The event carries no manage link:
     * notification-service fetches one for the email ({@code links.ClientLinks}).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void confirm(Booking booking, ScreeningOutcome outcome, Instant now) {
        outbox.append(EventTopic.BOOKING_LIFECYCLE, events.confirmed(booking, now));
        LOG.info("Booking {} confirmed (outcome {})", booking.id(), outcome.eventId());
    }

    /** The client's referral email; no therapist was told of the booking yet. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refer(Booking booking, ScreeningOutcome outcome, Instant now) {
        outbox.append(EventTopic.BOOKING_LIFECYCLE, events.referred(booking, now, outcome.tier(), outcome.reasons()));
        LOG.info("Booking {} referred ({}), slot released (outcome {})",
                booking.id(), outcome.tier(), outcome.eventId());
    }

    /**
     * The referral of a booking that had been confirmed (a re-check, a move): the client's usual
     * referral email, and a {@code BookingReferred} carrying {@code held}, the appointment the
     * client's and therapist's calendars hold, so the therapist's invite is cancelled.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void referConfirmed(Booking booking, Booking held, ScreeningOutcome outcome, Instant now) {
        outbox.append(EventTopic.BOOKING_LIFECYCLE, BookingReferred.ofConfirmed(booking.id(), now, booking.contact(),
                outcome.tier(), outcome.reasons(), events.appointment(held)));
        LOG.info("Booking {} referred after its confirmation ({}), slot released (outcome {})", booking.id(),
                outcome.tier(), outcome.eventId());
    }

    private String reasonsJson(ScreeningOutcome outcome) {
        try {
            return json.writeValueAsString(List.copyOf(outcome.reasons()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
