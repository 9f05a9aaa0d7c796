package studio.vive.booking.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.LifecycleEvents;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.outbox.Outbox;

/**
 * The studio cancels a booking on the client's behalf (a conflict it cannot resolve otherwise).
 * Unlike the client's own cancellation no cancellation window applies. Client and therapist are
 * told through the same {@code BookingCancelled} event, published once: cancelling again changes
 * nothing and publishes nothing.
 */
@Singleton
public class StudioCancellation {

    private static final Logger LOG = LoggerFactory.getLogger(StudioCancellation.class);
    static final int REASON_MAX = 500;

    private final BookingRepository bookings;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final AuditLog audit;
    private final StudioTime time;
    private final BookingMetrics metrics;

    StudioCancellation(BookingRepository bookings, LifecycleEvents events, Outbox outbox,
                       AuditLog audit, StudioTime time, BookingMetrics metrics) {
        this.bookings = bookings;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.time = time;
        this.metrics = metrics;
    }

    /**
     * @throws ProblemException 404 for an unknown booking, 409 for one screening referred, 400 without a reason
     */
    @Transactional
    public StaffBookingView cancel(UUID id, @Nullable String reason, String staffUser) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new InvalidRequestException(List.of(new FieldError("reason",
                    "is required: 1-" + REASON_MAX + " characters")));
        }
        Booking booking = bookings.findByIdForUpdate(id).orElseThrow(StudioCancellation::notFound);
        if (booking.status() == BookingStatus.CANCELLED) {
            return StaffBookingView.of(booking, time);
        }
        if (!booking.status().isCancellable()) {
            throw new ProblemException(ProblemType.NOT_CANCELLABLE,
                    "Screening did not clear this booking, so there is no appointment to cancel.");
        }
        // No therapist-day lock: freeing time never conflicts with a hold, and taking it after the row
        // lock would invert the holds' order (day lock, then a wait on this row) into a deadlock.
        bookings.markCancelled(id, time.now());
        Booking cancelled = bookings.findById(id).orElseThrow();
        outbox.append(EventTopic.BOOKING_LIFECYCLE, events.cancelledByStudio(cancelled, time.now()));
        audit.record(staffUser, "booking.cancelled-by-studio", "booking:" + id, StaffBookingView.of(booking, time),
                new Cancelled(StaffBookingView.of(cancelled, time), reason));
        metrics.cancelled();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", id.toString())) {
            LOG.info("Booking {} cancelled by the studio ({})", id, staffUser);
        }
        return StaffBookingView.of(cancelled, time);
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "No booking with this id.");
    }

    /** What the audit log keeps of a studio cancellation: the booking's times and status, and why. */
    @Serdeable
    record Cancelled(StaffBookingView booking, String reason) {
    }
}
