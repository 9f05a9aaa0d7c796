package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/**
 * A repeated request with the same Idempotency-Key is answered with the booking the key already
 * created (and a further access token); the key with another request is refused.
 */
@Singleton
class IdempotentReplay {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentReplay.class);

    private final BookingRepository bookings;
    private final BookingHold holds;

    IdempotentReplay(BookingRepository bookings, BookingHold holds) {
        this.bookings = bookings;
        this.holds = holds;
    }

    /**
     * The booking {@code idempotencyKey} created, replayed; empty when there is no key or it
     * created nothing yet.
     *
     * @param fingerprint the request's fingerprint ({@link RequestFingerprint})
     * @throws ProblemException ({@link ProblemType#IDEMPOTENCY_KEY_REUSED}) when the key created a
     *                          booking for a different request
     */
    Optional<AcceptedBooking> replay(@Nullable String idempotencyKey, String fingerprint) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return bookings.findByIdempotencyKey(idempotencyKey).map(existing -> {
            if (!fingerprint.equals(existing.requestFingerprint())) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "Use a new Idempotency-Key for a new request; reuse a key only to retry the same request.");
            }
            LOG.info("Booking {} replayed for a repeated Idempotency-Key", existing.id());
            return holds.replay(existing);
        });
    }
}
