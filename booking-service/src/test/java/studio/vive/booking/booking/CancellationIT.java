package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.BookingBodies.clientOf;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.Topics;

/** {@code POST /api/bookings/{id}/cancel}: the slot is freed and client and therapist are told. */
@MicronautTest(transactional = false)
class CancellationIT extends ServiceTest {

    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TopicRecords lifecycle;

    @Override
    protected String databaseName() {
        return "booking_cancellation";
    }

    @BeforeAll
    void openTopic() {
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
    }

    @AfterAll
    void closeTopic() {
        lifecycle.close();
    }

    private Http.Response cancel(Accepted booking) {
        return http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of(TOKEN, booking.token()));
    }

    @Test
    void cancellingMarksTheBookingCancelledAndFreesItsSlot() {
        Accepted booking = book("mia", at(10, 10, 0));

        Http.Response response = cancel(booking);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").getStringValue()).isEqualTo("CANCELLED");
        assertThat(statusOf(booking)).isEqualTo("CANCELLED");
        assertThat(http.postJson("/api/bookings", BookingBodies.valid("mia", at(10, 10, 0)), Map.of()).status())
                .isEqualTo(202);
    }

    @Test
    void cancellingPublishesOneBookingCancelledWithContactAndAppointmentButNoPhone() {
        Map<String, Object> body = BookingBodies.valid("noah", at(10, 10, 0));
        Accepted booking = accept(body);

        cancel(booking);

        await().atMost(WAIT).until(() -> lifecycle.withKey(booking.id()).size() == 1);
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> lifecycle.withKey(booking.id()).size() == 1);
        var record = lifecycle.withKey(booking.id()).get(0);
        JsonNode event = lifecycle.json(record);
        assertThat(event.get("type").getStringValue()).isEqualTo("BookingCancelled");
        assertThat(TopicRecords.header(record, Topics.HEADER_EVENT_TYPE)).isEqualTo("BookingCancelled");
        assertThat(event.get("client").get("email").getStringValue()).isEqualTo(clientOf(body).get("email"));
        assertThat(event.get("client").get("name").getStringValue()).isEqualTo("Ada Lovelace");
        JsonNode appointment = event.get("appointment");
        assertThat(appointment.get("startsAt").getStringValue()).isEqualTo("2030-06-13T10:00:00+10:00");
        assertThat(appointment.get("timeZone").getStringValue()).isEqualTo("Australia/Sydney");
        assertThat(appointment.get("therapist").get("id").getStringValue()).isEqualTo("noah");
        assertThat(appointment.get("therapist").get("email").getStringValue()).isEqualTo("noah@vive.studio");
        assertThat(lifecycle.valuesWithKey(booking.id()).get(0)).doesNotContain((String) clientOf(body).get("phone"));
    }

    @Test
    void cancellingInsideTheCancellationWindowIsAnswered409AndChangesNothing() {
        Accepted booking = book("mia", at(11, 10, 0));
        clock.set(at(11, 10, 0).toInstant().minus(Duration.ofHours(23)));

        Http.Response response = cancel(booking);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("detail").getStringValue()).contains("24 hours");
        assertThat(statusOf(booking)).isEqualTo("PENDING_SCREENING");
    }

    @Test
    void cancellingJustBeforeTheWindowOpensIsAllowed() {
        Accepted booking = book("mia", at(11, 13, 0));
        clock.set(at(11, 13, 0).toInstant().minus(Duration.ofHours(24)).minusSeconds(1));

        assertThat(cancel(booking).status()).isEqualTo(200);
    }

    @Test
    void cancellingWithAWrongTokenIsAnswered404AndChangesNothing() {
        Accepted booking = book("mia", at(11, 15, 0));

        Http.Response response = http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of(TOKEN, "guess"));
        Http.Response noToken = http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(noToken.status()).isEqualTo(404);
        assertThat(statusOf(booking)).isEqualTo("PENDING_SCREENING");
    }

    @Test
    void cancellingTwiceChangesNothingAndTellsNoOneAgain() {
        Accepted booking = book("ava", at(12, 9, 0));

        assertThat(cancel(booking).status()).isEqualTo(200);
        Http.Response again = cancel(booking);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").getStringValue()).isEqualTo("CANCELLED");
        await().atMost(WAIT).until(() -> lifecycle.withKey(booking.id()).size() == 1);
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> lifecycle.withKey(booking.id()).size() == 1);
    }
}
