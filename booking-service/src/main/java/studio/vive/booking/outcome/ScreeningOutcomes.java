package studio.vive.booking.outcome;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.AccessTokens;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.LifecycleEvents;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.referral.ReferralProgress;
import studio.vive.booking.recheck.RecheckOutcomes;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.RecheckDecided;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.messaging.inbox.ProcessedEvents;
import studio.vive.messaging.outbox.Outbox;

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
 *   <li>a second decision for an already decided booking is ignored.</li>
 * </ul>
 */
@Singleton
public class ScreeningOutcomes {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "booking-outcomes";

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningOutcomes.class);

    private final ProcessedEvents processedEvents;
    private final BookingRepository bookings;
    private final AccessTokens tokens;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final StudioTime time;
    private final JsonMapper json;
    private final ReferralNotices referrals;
    private final BookingMetrics metrics;
    private final ReferralProgress progress;
    private final RecheckOutcomes rechecks;

    ScreeningOutcomes(ProcessedEvents processedEvents, BookingRepository bookings, AccessTokens tokens,
                      LifecycleEvents events, Outbox outbox, StudioTime time, JsonMapper json,
                      ReferralNotices referrals, BookingMetrics metrics, ReferralProgress progress,
                      RecheckOutcomes rechecks) {
        this.progress = progress;
        this.processedEvents = processedEvents;
        this.bookings = bookings;
        this.tokens = tokens;
        this.events = events;
        this.outbox = outbox;
        this.time = time;
        this.json = json;
        this.referrals = referrals;
        this.metrics = metrics;
        this.rechecks = rechecks;
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

    /** The booking {@code outcome} decides, unless it is unknown or was decided already. */
    private Optional<Booking> undecidedBooking(ScreeningOutcome outcome) {
        Optional<Booking> found = bookings.findByIdForUpdate(outcome.bookingId());
        if (found.isEmpty()) {
            LOG.warn("Outcome {} names unknown booking {}; ignoring it", outcome.eventId(), outcome.bookingId());
            return Optional.empty();
        }
        Booking booking = found.get();
        if (booking.isDecided()) {
            LOG.warn("Booking {} was already decided ({}); ignoring outcome {}",
                    booking.id(), booking.outcome().tier(), outcome.eventId());
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
        BookingStatus next = booking.status().afterScreening(outcome.tier());
        bookings.recordOutcome(booking.id(), next.name(), outcome.tier().name(), reasonsJson(outcome),
                outcome.ruleSetVersion(), outcome.decidedAt(), now);
        metrics.outcome(outcome.tier());
        progress.recordCleared(booking.id(), outcome.clearedRules());
        if (outcome.tier() != Tier.CLEARED) {
            referrals.recorded(booking.id());
        }
        switch (next) {
            case CONFIRMED -> confirmed(booking, outcome, now);
            case REFERRED -> referred(booking, outcome, now);
            default -> LOG.info("Booking {} was cancelled before screening decided ({}); it stays cancelled",
                    booking.id(), outcome.tier());
        }
    }

    private void confirmed(Booking booking, ScreeningOutcome outcome, Instant now) {
        String manageToken = tokens.issue(booking.id(), AccessTokens.Purpose.MANAGE_LINK);
        outbox.append(EventTopic.BOOKING_LIFECYCLE, events.confirmed(booking, now, manageToken));
        LOG.info("Booking {} confirmed (outcome {})", booking.id(), outcome.eventId());
    }

    private void referred(Booking booking, ScreeningOutcome outcome, Instant now) {
        outbox.append(EventTopic.BOOKING_LIFECYCLE, events.referred(booking, now, outcome.tier(), outcome.reasons()));
        LOG.info("Booking {} referred ({}), slot released (outcome {})",
                booking.id(), outcome.tier(), outcome.eventId());
    }

    private String reasonsJson(ScreeningOutcome outcome) {
        try {
            return json.writeValueAsString(List.copyOf(outcome.reasons()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
