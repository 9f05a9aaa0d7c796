package studio.vive.booking.stranded;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.studio.StudioCancellation;

/**
 * Bookings stranded in {@code PENDING_SCREENING} and the admin's way out: release.
 *
 * <p>There is no replay. The screening answers are never stored in booking-service: they lived
 * only in the outbox row of {@code BookingRequested}, deleted once Kafka took it, so booking-service
 * cannot send the request again. Releasing cancels the booking on the studio's behalf: the slot is
 * freed and the client is told by the normal {@code BookingCancelled} email, through the same
 * {@link StudioCancellation} an admin uses for any booking (so it is audited alike). An outcome that
 * arrives afterwards leaves the booking cancelled (a referral is still recorded for follow-up).
 */
@Singleton
public class StrandedBookings {

    private static final Logger LOG = LoggerFactory.getLogger(StrandedBookings.class);
    /** What the audit log records as the reason of a release. */
    static final String RELEASE_REASON = "released: stranded pending screening";

    private final StrandedBookingRepository stranded;
    private final BookingRepository bookings;
    private final StrandedSettings settings;
    private final StudioCancellation cancellation;
    private final StudioTime time;

    StrandedBookings(StrandedBookingRepository stranded, BookingRepository bookings, StrandedSettings settings,
                     StudioCancellation cancellation, StudioTime time) {
        this.stranded = stranded;
        this.bookings = bookings;
        this.settings = settings;
        this.cancellation = cancellation;
        this.time = time;
    }

    /** Stranded bookings, longest waiting first. */
    @Transactional(readOnly = true)
    public List<StrandedBooking> list() {
        return stranded.findPendingSince(cutoff(), settings.listLimit()).stream().map(this::view).toList();
    }

    /** How many bookings are stranded now. */
    @Transactional(readOnly = true)
    public long count() {
        return stranded.countPendingSince(cutoff());
    }

    /**
     * Cancels a stranded booking on the studio's behalf, audited with the admin's user name.
     *
     * @throws ProblemException 404 for an unknown booking; 409 when it is not (or no longer) stranded
     */
    @Transactional
    public void release(UUID bookingId, String staffUser) {
        Booking booking = bookings.findByIdForUpdate(bookingId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No booking has this id."));
        if (booking.status() != BookingStatus.PENDING_SCREENING || !booking.updatedAt().isBefore(cutoff())) {
            throw new ProblemException(ProblemType.NOT_CANCELLABLE, "This booking is not stranded: it is "
                    + booking.status() + (booking.status() == BookingStatus.PENDING_SCREENING
                    ? " but screening may still answer." : "."));
        }
        cancellation.cancel(bookingId, RELEASE_REASON, staffUser);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", bookingId.toString())) {
            LOG.info("Stranded booking {} (pending since {}) released by {}: cancelled, slot freed, client told",
                    bookingId, booking.updatedAt(), staffUser);
        }
    }

    private Instant cutoff() {
        return time.now().minus(settings.after());
    }

    private StrandedBooking view(Booking b) {
        StrandedReason reason = stranded.requestUnpublished(b.id().toString())
                ? StrandedReason.REQUEST_NOT_PUBLISHED : StrandedReason.NO_OUTCOME;
        return new StrandedBooking(b.id(), time.local(b.updatedAt()), time.local(b.startsAt()), b.serviceCode(),
                b.therapistId(), reason, reason.explanation());
    }
}
