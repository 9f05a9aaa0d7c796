package studio.vive.booking.recheck;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.contracts.RecheckDecided;

/**
 * Applies screening's decision on a pre-visit re-check, in the transaction of the outcome that
 * carries it (the caller marked the event processed):
 * <ul>
 *   <li>cleared, booking still confirmed → it stays confirmed; the date and result are recorded
 *   for the therapist's agenda ("re-checked on ...");</li>
 *   <li>urgent, booking still confirmed → {@link ReferralAfterConfirmation};</li>
 *   <li>urgent, booking cancelled meanwhile → the referral is stored for the admins, as for a new
 *   booking cancelled while screening ran, and nobody is emailed;</li>
 *   <li>anything else (already referred, being re-screened) → ignored: the booking's own state
 *   stands.</li>
 * </ul>
 */
@Singleton
public class RecheckOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(RecheckOutcomes.class);

    private final BookingRepository bookings;
    private final RecheckRecords records;
    private final ReferralAfterConfirmation referrals;

    RecheckOutcomes(BookingRepository bookings, RecheckRecords records, ReferralAfterConfirmation referrals) {
        this.bookings = bookings;
        this.records = records;
        this.referrals = referrals;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(RecheckDecided decided) {
        Optional<Booking> found = bookings.findByIdForUpdate(decided.bookingId());
        if (found.isEmpty()) {
            LOG.warn("Re-check outcome {} names unknown booking {}; ignoring it", decided.eventId(),
                    decided.bookingId());
            return;
        }
        Booking booking = found.get();
        BookingStatus status = booking.status();
        if (status == BookingStatus.CONFIRMED) {
            records.record(booking.id(), decided.decidedAt(), decided.tier().name());
            if (decided.isReferral()) {
                referrals.refer(booking, decided);
            } else {
                LOG.info("Booking {} re-checked: cleared, stays confirmed (outcome {})", booking.id(),
                        decided.eventId());
            }
        } else if (status == BookingStatus.CANCELLED && decided.isReferral()) {
            referrals.recordForCancelled(booking, decided);
        } else {
            LOG.info("Booking {} is {}; re-check outcome {} ({}) changes nothing", booking.id(), status,
                    decided.eventId(), decided.tier());
        }
    }
}
