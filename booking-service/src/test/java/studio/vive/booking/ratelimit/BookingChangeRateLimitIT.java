package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/**
 * The pre-visit re-check has a budget of its own per client address: every attempt counts, a
 * wrong token too, so neither re-checks nor token guesses can be sent at speed.
 */
@MicronautTest(transactional = false)
class BookingChangeRateLimitIT extends ServiceTest {

    private static final int LIMIT = 2;
    private static final String URGENT_NO = """
            {"bowelOrBladderProblems": false, "suddenWeightLoss": false, "persistentFever": false,
             "legPain": "NONE", "legWeaknessNumbnessTingling": false, "followedSevereFallOrAccident": false}""";

    @Override
    protected String databaseName() {
        return "booking_change_rate_limit";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.rate-limit.limits.booking-changes.requests", String.valueOf(LIMIT),
                "vive.rate-limit.limits.booking-changes.period", "1h");
    }

    @Test
    void recheckAttemptsBeyondTheBudgetAreAnswered429EvenWithAWrongToken() {
        UUID unknown = UUID.randomUUID();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(recheck(unknown).status()).isEqualTo(404);
        }

        Http.Response limited = recheck(unknown);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith(PROBLEM_JSON);
        assertThat(limited.header("Retry-After")).isPresent();
        assertThat(http.get("/api/services").status()).isEqualTo(200);
    }

    private Http.Response recheck(UUID bookingId) {
        return http.postJson("/api/bookings/" + bookingId + "/recheck", URGENT_NO,
                Map.of("X-Booking-Token", "not-a-real-token"));
    }
}
