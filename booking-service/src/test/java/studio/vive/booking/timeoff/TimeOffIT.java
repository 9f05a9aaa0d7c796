package studio.vive.booking.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.studio.StaffRequests;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/** Time off and closures: not offered, refused, listed with the bookings they touch, own only for therapists. */
@MicronautTest(transactional = false)
class TimeOffIT extends ServiceTest {

    private StaffRequests staff;
    private String admin;

    @Override
    protected String databaseName() {
        return "booking_time_off";
    }

    @BeforeAll
    void signIn() {
        staff = new StaffRequests(server.getURI(), json);
        admin = staff.login("admin");
    }

    private static Map<String, Object> timeOff(String therapistId, OffsetDateTime from, OffsetDateTime to) {
        Map<String, Object> body = new HashMap<>();
        if (therapistId != null) {
            body.put("therapistId", therapistId);
        }
        body.put("startsAt", from.toString());
        body.put("endsAt", to.toString());
        body.put("reason", "Dentist");
        return body;
    }

    private Http.Response addTimeOff(String token, String path, Map<String, Object> body) {
        Http.Response response = staff.send(token, "POST", path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private List<String> slots(String date, String therapistId) {
        List<String> starts = new ArrayList<>();
        http.get("/api/availability?service=REMEDIAL_60&date=" + date + (therapistId == null ? ""
                : "&therapistId=" + therapistId)).json().values().forEach(s -> starts.add(
                s.get("therapistId").getStringValue() + "@" + s.get("startsAt").getStringValue()));
        return starts;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.values().forEach(e -> ids.add(e.get("id").getStringValue()));
        return ids;
    }

    @Test
    void timeOffTakesItsSlotsOutOfAvailabilityAndABookingForThemIsRefused() {
        addTimeOff(admin, "/api/admin/time-off", timeOff("mia", at(1, 9, 0), at(1, 12, 0)));

        assertThat(slots("2030-06-04", "mia")).doesNotContain("mia@2030-06-04T09:00:00+10:00",
                "mia@2030-06-04T11:00:00+10:00").contains("mia@2030-06-04T12:00:00+10:00");
        Http.Response refused = http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 10, 0)), Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.body()).contains("not working at that time");
    }

    @Test
    void aClosureTakesEveryTherapistAwayAndListsTheBookingsItTouchesWithoutCancellingThem() {
        Accepted booked = book("noah", at(2, 10, 0));

        Http.Response closure = addTimeOff(admin, "/api/admin/time-off", timeOff(null, at(2, 0, 0), at(3, 0, 0)));

        assertThat(closure.json().get("id").getStringValue()).isNotBlank();
        JsonNode affected = closure.json().get("affectedBookings");
        assertThat(ids(affected)).containsExactly(booked.id().toString());
        assertThat(affected.get(0).get("therapistId").getStringValue()).isEqualTo("noah");
        assertThat(affected.get(0).get("startsAt").getStringValue()).isEqualTo("2030-06-05T10:00:00+10:00");
        assertThat(affected.get(0).get("endsAt").getStringValue()).isEqualTo("2030-06-05T11:00:00+10:00");
        assertThat(statusOf(booked)).isEqualTo("PENDING_SCREENING");
        assertThat(slots("2030-06-05", null)).isEmpty();
        assertThat(http.postJson("/api/bookings", BookingBodies.valid(null, at(2, 13, 0)), Map.of()).status())
                .isEqualTo(400);
    }

    @Test
    void removedTimeOffOffersItsSlotsAgain() {
        String id = addTimeOff(admin, "/api/admin/time-off", timeOff("ava", at(4, 8, 0), at(4, 16, 0)))
                .json().get("id").getStringValue();
        assertThat(slots("2030-06-07", "ava")).isEmpty();

        assertThat(staff.send(admin, "DELETE", "/api/admin/time-off/" + id, null).status()).isEqualTo(204);

        assertThat(slots("2030-06-07", "ava")).contains("ava@2030-06-07T08:00:00+10:00");
        assertThat(staff.send(admin, "DELETE", "/api/admin/time-off/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void theAdminListsTimeOffAndClosuresInARange() {
        String id = addTimeOff(admin, "/api/admin/time-off", timeOff("noah", at(15, 10, 0), at(15, 18, 0)))
                .json().get("id").getStringValue();

        Http.Response list = staff.send(admin, "GET", "/api/admin/time-off?from=2030-06-18&to=2030-06-18", null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list.json())).contains(id);
        assertThat(ids(staff.send(admin, "GET", "/api/admin/time-off?from=2030-06-19&to=2030-06-20", null).json()))
                .doesNotContain(id);
    }

    @Test
    void aTherapistAddsListsAndRemovesOnlyTheirOwnTimeOff() {
        String mia = staff.login("mia");
        String noah = staff.login("noah");
        Map<String, Object> body = timeOff(null, at(9, 9, 0), at(9, 13, 0));
        String miasId = addTimeOff(mia, "/api/therapist/time-off", body).json().get("id").getStringValue();
        String noahsId = addTimeOff(noah, "/api/therapist/time-off", body).json().get("id").getStringValue();

        List<String> miasList = ids(staff.send(mia, "GET", "/api/therapist/time-off?from=2030-06-12&to=2030-06-12",
                null).json());
        Http.Response othersDelete = staff.send(mia, "DELETE", "/api/therapist/time-off/" + noahsId, null);

        assertThat(miasList).contains(miasId).doesNotContain(noahsId);
        assertThat(othersDelete.status()).isEqualTo(404);
        assertThat(othersDelete.contentType()).startsWith(PROBLEM_JSON);
        assertThat(slots("2030-06-12", "noah")).doesNotContain("noah@2030-06-12T10:00:00+10:00");
        assertThat(slots("2030-06-12", "mia")).doesNotContain("mia@2030-06-12T09:00:00+10:00");
        assertThat(staff.send(mia, "DELETE", "/api/therapist/time-off/" + miasId, null).status()).isEqualTo(204);
    }

    @Test
    void aTherapistCannotRemoveAStudioClosureOrUseTheAdminEndpoints() {
        String mia = staff.login("mia");
        String closure = addTimeOff(admin, "/api/admin/time-off", timeOff(null, at(30, 0, 0), at(31, 0, 0)))
                .json().get("id").getStringValue();

        assertThat(staff.send(mia, "DELETE", "/api/therapist/time-off/" + closure, null).status()).isEqualTo(404);
        assertThat(staff.send(mia, "GET", "/api/admin/time-off", null).status()).isEqualTo(403);
        assertThat(staff.send(mia, "POST", "/api/admin/time-off", timeOff("noah", at(9, 9, 0), at(9, 10, 0)))
                .status()).isEqualTo(403);
        assertThat(staff.send(null, "GET", "/api/therapist/time-off", null).status()).isEqualTo(401);
    }

    @Test
    void invalidTimeOffIsAnswered400NamingEachField() {
        Map<String, Object> backwards = timeOff("mia", at(5, 12, 0), at(5, 9, 0));
        backwards.put("reason", " ");
        Http.Response response = staff.send(admin, "POST", "/api/admin/time-off", backwards);
        Http.Response unknown = staff.send(admin, "POST", "/api/admin/time-off", timeOff("zed", at(5, 9, 0), at(5, 10, 0)));
        Http.Response noOffset = staff.send(admin, "POST", "/api/admin/time-off",
                Map.of("startsAt", "2030-06-08T09:00", "endsAt", "2030-06-08T10:00", "reason", "x"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("endsAt", "reason");
        assertThat(unknown.errorFields()).containsExactly("therapistId");
        assertThat(noOffset.errorFields()).containsExactlyInAnyOrder("startsAt", "endsAt");
    }

    @Test
    void addingTimeOffIsAudited() {
        String id = addTimeOff(admin, "/api/admin/time-off", timeOff("ava", at(11, 8, 0), at(11, 12, 0)))
                .json().get("id").getStringValue();

        Http.Response audit = staff.send(admin, "GET", "/api/admin/audit", null);

        assertThat(audit.body()).contains("\"subject\":\"time-off:" + id + "\"").contains("time-off.added");
    }

    /**
     * Each round a booking and time off for the same slot race: exactly one wins. Either the
     * booking is refused, or it was accepted first and the time off lists it.
     */
    @Test
    void aConcurrentBookingAndTimeOffForTheSameSlotCannotBothWin() throws Exception {
        for (int round = 0; round < 12; round++) {
            OffsetDateTime start = at(35 + round / 4, 9 + 2 * (round % 4), 0);
            CyclicBarrier barrier = new CyclicBarrier(2);
            CompletableFuture<Http.Response> booking = CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return http.postJson("/api/bookings", BookingBodies.valid("mia", start), Map.of());
            });
            CompletableFuture<Http.Response> off = CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return staff.send(admin, "POST", "/api/admin/time-off", timeOff("mia", start, start.plusHours(1)));
            });
            Http.Response booked = booking.get();
            Http.Response added = off.get();

            assertThat(added.status()).as(added.body()).isEqualTo(201);
            assertThat(booked.status()).as(booked.body()).isIn(202, 400);
            List<String> affected = ids(added.json().get("affectedBookings"));
            if (booked.status() == 202) {
                assertThat(affected).as("round " + round).containsExactly(booked.json().get("id").getStringValue());
            } else {
                assertThat(affected).as("round " + round).isEmpty();
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
