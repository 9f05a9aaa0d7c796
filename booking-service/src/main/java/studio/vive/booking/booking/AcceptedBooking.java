package studio.vive.booking.booking;

import java.util.UUID;

/**
 * A booking request that was accepted (or replayed with its Idempotency-Key).
 *
 * @param accessToken lets the client see and cancel the booking; shown once, stored only as a hash
 * @param replayed    true when the Idempotency-Key had already created this booking
 */
public record AcceptedBooking(UUID id, BookingStatus status, String accessToken, boolean replayed) {

    @Override
    public String toString() {
        return "AcceptedBooking[id=" + id + ", status=" + status + ", replayed=" + replayed + "]";
    }
}
