package studio.vive.booking.recheck;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.outcome.BookingDecisions;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.RecheckDecided;

/**
 * A confirmed booking referred after all (a pre-visit re-check found an urgent red flag): it
 * becomes {@code REFERRED} with the urgent tier and reasons (so its slot is free again), the
 * admins' live referral stream hears of it at commit, and one {@link BookingReferred} carrying the
 * cancelled appointment tells notification-service to send the client the usual urgent referral
 * email and the therapist a calendar cancellation. All in the outcome's transaction, through
 * {@link BookingDecisions} as every decision.
 */
@Singleton
class ReferralAfterConfirmation {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralAfterConfirmation.class);

    private final BookingDecisions decisions;
    private final StudioTime time;

    ReferralAfterConfirmation(BookingDecisions decisions, StudioTime time) {
        this.decisions = decisions;
        this.time = time;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void refer(Booking booking, RecheckDecided decided) {
        Instant now = time.now();
        decisions.record(booking, decided, now);
        decisions.referConfirmed(booking, booking, decided, now);
    }

    /** Cancelled while the re-check ran: stored and announced for the admins, nobody emailed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void recordForCancelled(Booking booking, RecheckDecided decided) {
        decisions.record(booking, decided, time.now());
        LOG.info("Booking {} was cancelled before its re-check was decided ({}); referral stored, not emailed",
                booking.id(), decided.tier());
    }
}
