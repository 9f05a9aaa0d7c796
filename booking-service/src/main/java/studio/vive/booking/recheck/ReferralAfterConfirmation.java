package studio.vive.booking.recheck;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.LifecycleEvents;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.outcome.ReferralNotices;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.RecheckDecided;
import studio.vive.messaging.outbox.Outbox;

/**
 * A confirmed booking referred after all (a pre-visit re-check found an urgent red flag): it
 * becomes {@code REFERRED} with the urgent tier and reasons (so its slot is free again), the
 * admins' live referral stream hears of it at commit, and one {@link BookingReferred} carrying the
 * cancelled appointment tells notification-service to send the client the usual urgent referral
 * email and the therapist a calendar cancellation. All in the outcome's transaction.
 */
@Singleton
class ReferralAfterConfirmation {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralAfterConfirmation.class);

    private final BookingRepository bookings;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final ReferralNotices notices;
    private final BookingMetrics metrics;
    private final StudioTime time;
    private final JsonMapper json;

    ReferralAfterConfirmation(BookingRepository bookings, LifecycleEvents events, Outbox outbox,
                              ReferralNotices notices, BookingMetrics metrics, StudioTime time, JsonMapper json) {
        this.bookings = bookings;
        this.events = events;
        this.outbox = outbox;
        this.notices = notices;
        this.metrics = metrics;
        this.time = time;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void refer(Booking booking, RecheckDecided decided) {
        Instant now = store(booking, BookingStatus.REFERRED, decided);
        outbox.append(EventTopic.BOOKING_LIFECYCLE, BookingReferred.ofConfirmed(booking.id(), now,
                booking.contact(), decided.tier(), decided.reasons(), events.appointment(booking)));
        LOG.info("Booking {} referred after its re-check ({}), slot released (outcome {})", booking.id(),
                decided.tier(), decided.eventId());
    }

    /** Cancelled while the re-check ran: stored and announced for the admins, nobody emailed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void recordForCancelled(Booking booking, RecheckDecided decided) {
        store(booking, BookingStatus.CANCELLED, decided);
        LOG.info("Booking {} was cancelled before its re-check was decided ({}); referral stored, not emailed",
                booking.id(), decided.tier());
    }

    private Instant store(Booking booking, BookingStatus status, RecheckDecided decided) {
        Instant now = time.now();
        bookings.recordOutcome(booking.id(), status.name(), decided.tier().name(), reasonsJson(decided),
                decided.ruleSetVersion(), decided.decidedAt(), now);
        metrics.outcome(decided.tier());
        notices.recorded(booking.id());
        return now;
    }

    private String reasonsJson(RecheckDecided decided) {
        try {
            return json.writeValueAsString(decided.reasons());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
