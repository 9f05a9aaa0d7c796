package studio.vive.bench.load;

import java.time.Duration;
import java.time.Instant;

/**
 * One {@code POST /api/bookings} and how it ended.
 *
 * @param clientEmail the booking's client address (unique per booking: it correlates the email)
 * @param status      the HTTP status, or 0 when no answer came
 * @param bookingId   the id booking-service gave, when accepted
 * @param answeredAt  when the answer arrived (wall clock, the same clock as the mail server's)
 * @param latency     request sent to answer received
 */
public record Submission(String clientEmail, int status, String bookingId, Instant answeredAt, Duration latency) {

    static final int ACCEPTED = 202;

    public boolean accepted() {
        return status == ACCEPTED;
    }
}
