package studio.vive.booking.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.Topics;

/** The admin sees the bookings time off left standing and cancels them on the studio's behalf. */
@MicronautTest(transactional = false)
class ConflictResolutionIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private StaffRequests staff;
    private String admin;
    private TopicRecords lifecycle;

    @Override
    protected String databaseName() {
        return "booking_conflicts";
    }

    @BeforeAll
    void signIn() {
        staff = new StaffRequests(server.getURI(), json);
        admin = staff.login("admin");
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
    }

    @AfterAll
    void closeKafka() {
        lifecycle.close();
    }

    private Http.Response cancel(String token, Accepted booking, Object body) {
        return staff.send(token, "POST", "/api/admin/bookings/" + booking.id() + "/cancel", body);
    }

    private List<String> conflicts() {
        List<String> ids = new ArrayList<>();
        staff.send(admin, "GET", "/api/admin/conflicts", null).json().values()
                .forEach(b -> ids.add(b.get("id").getStringValue()));
        return ids;
    }

    @Test
    void theStudioCancelsInsideTheClientsCancellationWindowAndTheCancellationIsPublishedOnce() {
        Accepted booking = book("mia", at(0, 10, 0));

        Http.Response first = cancel(admin, booking, Map.of("reason", "Therapist ill"));
        Http.Response again = cancel(admin, booking, Map.of("reason", "Therapist ill"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("status").getStringValue()).isEqualTo("CANCELLED");
        assertThat(again.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> lifecycle.valuesWithKey(booking.id()).stream()
                .anyMatch(v -> v.contains("\"BookingCancelled\"")));
        assertThat(lifecycle.valuesWithKey(booking.id())).filteredOn(v -> v.contains("\"BookingCancelled\"")).hasSize(1);
        assertThat(http.postJson("/api/bookings", BookingBodies.valid("mia", at(0, 10, 0)), Map.of()).status())
                .isEqualTo(202);
    }

    @Test
    void theStudiosCancellationSaysTheStudioCancelledSoTheClientIsSentAnApology() {
        Accepted booking = book("noah", at(4, 10, 0));

        assertThat(cancel(admin, booking, Map.of("reason", "Therapist ill")).status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> lifecycle.valuesWithKey(booking.id()).stream()
                .anyMatch(v -> v.contains("\"BookingCancelled\"")));
        assertThat(lifecycle.valuesWithKey(booking.id())).filteredOn(v -> v.contains("\"BookingCancelled\""))
                .singleElement().asString().contains("\"cancelledBy\":\"STUDIO\"");
    }

    @Test
    void bookingsUnderTimeOffAreListedAsConflictsUntilResolved() {
        Accepted booking = book("noah", at(1, 15, 0));
        staff.send(admin, "POST", "/api/admin/time-off", Map.of("therapistId", "noah",
                "startsAt", at(1, 14, 0).toString(), "endsAt", at(1, 18, 0).toString(), "reason", "Ill"));

        assertThat(conflicts()).contains(booking.id().toString());
        cancel(admin, booking, Map.of("reason", "Therapist ill"));

        assertThat(conflicts()).doesNotContain(booking.id().toString());
    }

    @Test
    void aStudioCancellationNeedsAReasonAndAKnownBooking() {
        Accepted booking = book("ava", at(2, 13, 0));

        assertThat(cancel(admin, booking, Map.of()).errorFields()).containsExactly("reason");
        assertThat(staff.send(admin, "POST", "/api/admin/bookings/not-a-booking/cancel", Map.of("reason", "x"))
                .status()).isEqualTo(404);
        assertThat(cancel(staff.login("ava"), booking, Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(statusOf(booking)).isEqualTo("PENDING_SCREENING");
    }

    @Test
    void aStudioCancellationIsAudited() {
        Accepted booking = book("mia", at(3, 9, 0));
        cancel(admin, booking, Map.of("reason", "Renovation"));

        Http.Response audit = staff.send(admin, "GET", "/api/admin/audit", null);

        assertThat(audit.body()).contains("\"subject\":\"booking:" + booking.id() + "\"")
                .contains("booking.cancelled-by-studio").contains("Renovation")
                .doesNotContain("@example.com").doesNotContain("SPORT_INJURY");
    }
}
