package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/**
 * A reschedule spends the client address's booking-changes budget, as a re-check does: every
 * attempt counts, a wrong token too, so moves cannot be sent, nor tokens guessed, at speed.
 */
@MicronautTest(transactional = false)
class RescheduleRateLimitIT extends ServiceTest {

    private static final int LIMIT = 2;

    @Override
    protected String databaseName() {
        return "booking_reschedule_rate_limit";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.rate-limit.limits.booking-changes.requests", String.valueOf(LIMIT),
                "vive.rate-limit.limits.booking-changes.period", "1h");
    }

    @Test
    void rescheduleAttemptsBeyondTheBudgetAreAnswered429EvenWithAWrongToken() {
        UUID unknown = UUID.randomUUID();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(reschedule(unknown).status()).isEqualTo(404);
        }

        Http.Response limited = reschedule(unknown);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith(PROBLEM_JSON);
        assertThat(http.get("/api/services").status()).isEqualTo(200);
    }

    private Http.Response reschedule(UUID bookingId) {
        return http.postJson("/api/bookings/" + bookingId + "/reschedule",
                "{\"startsAt\": \"2030-06-10T09:00:00+10:00\"}", Map.of("X-Booking-Token", "not-a-real-token"));
    }
}
