package studio.vive.booking.booking;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.availability.Durations;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.referral.ReferralProgress;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.outbox.Outbox;

/**
 * What a client can do with their booking's access token: look at it and cancel it. A wrong or
 * missing token is indistinguishable from a booking that does not exist.
 */
@Singleton
public class ClientBookings {

    /** The header that carries a booking's access token, on every client request that takes one. */
    public static final String TOKEN_HEADER = "X-Booking-Token";

    private static final Logger LOG = LoggerFactory.getLogger(ClientBookings.class);

    private final BookingRepository bookings;
    private final AccessTokens tokens;
    private final StudioTime time;
    private final BookingPolicy policy;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final BookingMetrics metrics;

    private final ReferralProgress progress;

    ClientBookings(BookingRepository bookings, AccessTokens tokens, StudioTime time, BookingPolicy policy,
                   LifecycleEvents events, Outbox outbox, BookingMetrics metrics, ReferralProgress progress) {
        this.progress = progress;
        this.bookings = bookings;
        this.tokens = tokens;
        this.time = time;
        this.policy = policy;
        this.events = events;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** The booking, if {@code token} opens it. */
    @Transactional(readOnly = true)
    public Optional<BookingView> find(UUID id, String token) {
        return bookings.findById(id).filter(b -> tokens.opens(b, token)).map(this::view);
    }

    /**
     * Cancels the booking: its slot is freed and client and therapist are told. Cancelling a
     * cancelled booking changes nothing.
     *
     * @throws ProblemException 404 for a wrong token; 409 inside the cancellation window or once
     *                          screening referred the booking
     */
    @Transactional
    public BookingView cancel(UUID id, String token) {
        Booking booking = bookings.findByIdForUpdate(id).filter(b -> tokens.opens(b, token))
                .orElseThrow(ClientBookings::notFound);
        if (booking.status() == BookingStatus.CANCELLED) {
            return view(booking);
        }
        if (!booking.status().isCancellable()) {
            throw new ProblemException(ProblemType.NOT_CANCELLABLE,
                    "Screening did not clear this booking, so there is no appointment to cancel.");
        }
        if (!time.now().isBefore(booking.startsAt().minus(policy.cancellationWindow()))) {
            throw new ProblemException(ProblemType.CANCELLATION_CLOSED,
                    "Online cancellation closes " + Durations.inWords(policy.cancellationWindow())
                            + " before the appointment. Please call the studio.");
        }
        bookings.markCancelled(id, time.now());
        Booking cancelled = bookings.findById(id).orElseThrow();
        outbox.append(EventTopic.BOOKING_LIFECYCLE, events.cancelled(cancelled, time.now()));
        metrics.cancelled();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", id.toString())) {
            LOG.info("Booking {} cancelled by the client; slot released", id);
        }
        return view(cancelled);
    }

    BookingView view(Booking booking) {
        BookingView.Outcome outcome = booking.outcome() == null ? null
                : new BookingView.Outcome(booking.outcome().tier(), booking.outcome().reasons(),
                        progress.clearedRules(booking.id()));
        return new BookingView(booking.id(), booking.status(), booking.serviceCode(), booking.therapistId(),
                time.local(booking.startsAt()), time.local(booking.endsAt()), outcome);
    }

    /** The answer to a wrong or missing token, indistinguishable from an unknown booking. */
    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "No booking matches this id and access token.");
    }
}
