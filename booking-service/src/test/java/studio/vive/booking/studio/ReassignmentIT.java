package studio.vive.booking.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.Topics;

/**
 * The admin moves a booking to a colleague free at its time (issue 14): a confirmed booking's
 * move is announced once as an {@code AppointmentChanged}, a colleague who is booked, away, off
 * hours or inactive is a 409, and a race with a new booking for the colleague's time has one winner.
 * Seeded week: Tuesday mia 9-17, noah 10-18; Wednesday and Friday also ava 8-12 and 13-16. Each test
 * books its own times, two hours apart per therapist (an appointment holds its buffer after it).
 */
@MicronautTest(transactional = false)
class ReassignmentIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private StaffRequests staff;
    private String admin;
    private TopicRecords requested;
    private TopicRecords lifecycle;
    private OutcomePublisher outcomes;

    @Override
    protected String databaseName() {
        return "booking_reassignment";
    }

    @BeforeAll
    void signIn() {
        staff = new StaffRequests(server.getURI(), json);
        admin = staff.login("admin");
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
        outcomes = new OutcomePublisher();
    }

    @AfterAll
    void closeKafka() {
        requested.close();
        lifecycle.close();
        outcomes.close();
    }

    private Http.Response reassign(Accepted booking, String therapistId) {
        return staff.send(admin, "POST", "/api/admin/bookings/" + booking.id() + "/reassign",
                Map.of("therapistId", therapistId));
    }

    private Accepted confirmed(String therapistId, OffsetDateTime startsAt) {
        Accepted booking = book(therapistId, startsAt);
        clear(booking);
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));
        return booking;
    }

    private void clear(Accepted booking) {
        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        UUID requestEventId = UUID.fromString(requested.json(requested.withKey(booking.id()).get(0))
                .get("eventId").getStringValue());
        outcomes.publish(BookingCleared.of(booking.id(), requestEventId, "2026.11-1", Instant.now()));
    }

    private List<String> lifecycleOf(Accepted booking, String type) {
        return lifecycle.valuesWithKey(booking.id()).stream().filter(v -> v.contains("\"" + type + "\"")).toList();
    }

    private String therapistOf(Accepted booking) {
        return show(booking).json().get("therapistId").getStringValue();
    }

    private static String problemType(Http.Response response) {
        return response.json().get("type").getStringValue();
    }

    @Test
    void aConfirmedBookingMovesToAFreeColleagueAndTheChangeIsPublishedOnce() {
        Accepted booking = confirmed("mia", at(1, 11, 0));

        Http.Response moved = reassign(booking, "noah");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("therapistId").getStringValue()).isEqualTo("noah");
        assertThat(moved.json().get("status").getStringValue()).isEqualTo("CONFIRMED");
        await().atMost(WAIT).until(() -> lifecycleOf(booking, "AppointmentChanged").size() == 1);
        assertThat(lifecycleOf(booking, "AppointmentChanged").get(0))
                .contains("\"inviteSequence\":1").contains("\"reason\":\"REASSIGNED_BY_STUDIO\"")
                .contains("\"previous\":{").contains("\"id\":\"mia\"").contains("\"id\":\"noah\"");
    }

    @Test
    void theFormerTherapistsTimeIsFreedByAReassignment() {
        Accepted booking = confirmed("mia", at(1, 13, 0));
        reassign(booking, "noah");

        assertThat(http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 13, 0)), Map.of()).status())
                .isEqualTo(202);
    }

    @Test
    void aPendingBookingMovesSilentlyAndIsConfirmedWithItsNewTherapist() {
        Accepted booking = book("noah", at(1, 15, 0));

        assertThat(reassign(booking, "mia").status()).isEqualTo(200);
        clear(booking);

        await().atMost(WAIT).until(() -> lifecycleOf(booking, "BookingConfirmed").size() == 1);
        assertThat(lifecycleOf(booking, "BookingConfirmed").get(0)).contains("\"id\":\"mia\"");
        assertThat(lifecycleOf(booking, "AppointmentChanged")).isEmpty();
    }

    @Test
    void aColleagueWithAnotherBookingAtThatTimeIsNotFree() {
        Accepted booking = book("mia", at(2, 14, 0));
        book("noah", at(2, 14, 0));

        Http.Response refused = reassign(booking, "noah");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(problemType(refused)).endsWith("/therapist-not-free");
        assertThat(therapistOf(booking)).isEqualTo("mia");
    }

    @Test
    void aColleagueWhoDoesNotWorkThenIsNotFree() {
        Accepted lunchtime = book("mia", at(2, 12, 0));

        Http.Response refused = reassign(lunchtime, "ava");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").getStringValue()).contains("does not work at that time");
    }

    @Test
    void aColleagueOnTimeOffThenIsNotFree() {
        Accepted booking = book("mia", at(2, 10, 0));
        staff.send(admin, "POST", "/api/admin/time-off", Map.of("therapistId", "noah",
                "startsAt", at(2, 10, 0).toString(), "endsAt", at(2, 12, 0).toString(), "reason", "Dentist"));

        Http.Response refused = reassign(booking, "noah");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").getStringValue()).contains("time off");
    }

    @Test
    void anInactiveColleagueIsNotFree() {
        staff.send(admin, "POST", "/api/admin/therapists", Map.of("id", "lena", "name", "Lena Park",
                "bio", "Remedial therapist.", "email", "lena@vive.studio"));
        staff.send(admin, "PATCH", "/api/admin/therapists/lena", Map.of("active", false));
        Accepted booking = book("mia", at(8, 9, 0));

        Http.Response refused = reassign(booking, "lena");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").getStringValue()).contains("not active");
    }

    @Test
    void aCancelledBookingCannotBeReassigned() {
        Accepted booking = book("mia", at(3, 9, 0));
        staff.send(admin, "POST", "/api/admin/bookings/" + booking.id() + "/cancel", Map.of("reason", "Closed"));

        Http.Response refused = reassign(booking, "noah");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problemType(refused)).endsWith("/not-reassignable");
    }

    @Test
    void aReassignmentNeedsAKnownBookingAndAKnownTherapistAndAnAdmin() {
        Accepted booking = book("mia", at(3, 11, 0));

        assertThat(staff.send(admin, "POST", "/api/admin/bookings/" + booking.id() + "/reassign", Map.of())
                .errorFields()).containsExactly("therapistId");
        assertThat(reassign(booking, "nobody").errorFields()).containsExactly("therapistId");
        assertThat(staff.send(admin, "POST", "/api/admin/bookings/" + UUID.randomUUID() + "/reassign",
                Map.of("therapistId", "noah")).status()).isEqualTo(404);
        assertThat(staff.send(staff.login("ava"), "POST", "/api/admin/bookings/" + booking.id() + "/reassign",
                Map.of("therapistId", "noah")).status()).isEqualTo(403);
        assertThat(therapistOf(booking)).isEqualTo("mia");
    }

    @Test
    void reassigningToTheCurrentTherapistChangesNothing() {
        Accepted booking = confirmed("mia", at(3, 13, 0));

        Http.Response same = reassign(booking, "mia");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("therapistId").getStringValue()).isEqualTo("mia");
        assertThat(lifecycleOf(booking, "AppointmentChanged")).isEmpty();
    }

    @Test
    void aReassignmentIsAuditedWithoutClientData() {
        Accepted booking = book("mia", at(8, 11, 0));
        reassign(booking, "noah");

        Http.Response audit = staff.send(admin, "GET", "/api/admin/audit", null);

        assertThat(audit.body()).contains("\"subject\":\"booking:" + booking.id() + "\"").contains("booking.reassigned")
                .doesNotContain("@example.com").doesNotContain("SPORT_INJURY");
    }

    @Test
    void aConflictResolvedByReassignmentLeavesTheConflictList() {
        Accepted booking = book("mia", at(3, 15, 0));
        staff.send(admin, "POST", "/api/admin/time-off", Map.of("therapistId", "mia",
                "startsAt", at(3, 14, 0).toString(), "endsAt", at(3, 17, 0).toString(), "reason", "Ill"));

        reassign(booking, "noah");

        assertThat(staff.send(admin, "GET", "/api/admin/conflicts", null).body()).doesNotContain(booking.id().toString());
    }

    @Test
    void twoBookingsReassignedToOneColleagueAtOnceCannotBothWin() throws Exception {
        Accepted fromMia = book("mia", at(4, 10, 0));
        Accepted fromAva = book("ava", at(4, 10, 0));

        List<Integer> statuses = race(() -> reassign(fromMia, "noah").status(), () -> reassign(fromAva, "noah").status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void aNewBookingAndAReassignmentForTheSameColleaguesTimeCannotBothWin() throws Exception {
        Accepted fromMia = book("mia", at(4, 14, 0));

        List<Integer> statuses = race(() -> reassign(fromMia, "noah").status(),
                () -> http.postJson("/api/bookings", BookingBodies.valid("noah", at(4, 14, 0)), Map.of()).status());

        assertThat(statuses).isIn(List.of(200, 409), List.of(409, 202));
    }

    /** Runs both calls at the same moment; their statuses in call order. */
    @SafeVarargs
    private static List<Integer> race(java.util.function.Supplier<Integer>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        for (var call : calls) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : running) {
            statuses.add(call.get());
        }
        return statuses;
    }
}
