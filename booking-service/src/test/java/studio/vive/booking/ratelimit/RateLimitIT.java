package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/** Booking requests are limited per client address. */
@MicronautTest(transactional = false)
class RateLimitIT extends ServiceTest {

    private static final int LIMIT = 3;

    @Override
    protected String databaseName() {
        return "booking_rate_limit";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.rate-limit.limits.bookings.requests", String.valueOf(LIMIT),
                "vive.rate-limit.limits.bookings.period", "1h");
    }

    @Test
    void requestsBeyondTheLimitAreAnswered429ProblemWithRetryAfter() {
        for (int i = 0; i < LIMIT; i++) {
            Http.Response allowed = http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 9 + 2 * i, 0)),
                    Map.of());
            assertThat(allowed.status()).isEqualTo(202);
        }

        Http.Response limited = http.postJson("/api/bookings", BookingBodies.valid("mia", at(2, 9, 0)), Map.of());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith(PROBLEM_JSON);
        assertThat(limited.header("Retry-After")).isPresent();
        assertThat(http.get("/api/services").status()).isEqualTo(200);
    }
}
