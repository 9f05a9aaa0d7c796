package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.ServiceTest;

/** A booking's access token is a credential with an end: the appointment's end plus the grace period. */
@MicronautTest(transactional = false)
class AccessTokenExpiryIT extends ServiceTest {

    /** The seeded 60-minute service of {@code BookingBodies.valid}. */
    private static final Duration APPOINTMENT = Duration.ofMinutes(60);

    @Value("${vive.booking.manage-link-grace}")
    Duration grace;

    @Override
    protected String databaseName() {
        return "booking_token_expiry";
    }

    private OffsetDateTime endOf(OffsetDateTime startsAt) {
        return startsAt.plus(APPOINTMENT);
    }

    @Test
    void theGracePeriodIsAWeekByDefault() {
        assertThat(grace).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theTokenStillOpensTheBookingUntilTheGracePeriodAfterTheAppointmentEnds() {
        OffsetDateTime startsAt = at(8, 10, 0);
        Accepted booking = book("mia", startsAt);

        clock.set(endOf(startsAt).plus(grace).minusSeconds(1).toInstant());

        assertThat(show(booking).status()).isEqualTo(200);
    }

    @Test
    void onceTheGracePeriodIsOverTheTokenOpensNothingAsIfItWereWrong() {
        OffsetDateTime startsAt = at(9, 10, 0);
        Accepted booking = book("mia", startsAt);

        clock.set(endOf(startsAt).plus(grace).toInstant());

        var expired = show(booking);
        var wrong = http.get("/api/bookings/" + booking.id(), Map.of(TOKEN, "not-the-token"));
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.contentType()).startsWith(PROBLEM_JSON);
        assertThat(expired.json().get("detail").getStringValue()).isEqualTo(wrong.json().get("detail").getStringValue());
    }

    @Test
    void anExpiredTokenCannotCancel() {
        OffsetDateTime startsAt = at(10, 10, 0);
        Accepted booking = book("mia", startsAt);

        clock.set(endOf(startsAt).plus(grace).plusDays(1).toInstant());

        assertThat(http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of(TOKEN, booking.token())).status())
                .isEqualTo(404);
    }
}
