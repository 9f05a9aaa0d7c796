package studio.vive.booking.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/** The admin runs the studio: therapists, services, weekly hours, and the audit log of every change. */
@MicronautTest(transactional = false)
class StudioAdminIT extends ServiceTest {

    private StaffRequests staff;
    private String admin;

    @Override
    protected String databaseName() {
        return "booking_studio_admin";
    }

    @BeforeAll
    void signIn() {
        staff = new StaffRequests(server.getURI(), json);
        admin = staff.login("admin");
    }

    private Http.Response addTherapist(String id) {
        return staff.send(admin, "POST", "/api/admin/therapists", Map.of("id", id, "name", "Zoe Park",
                "bio", "Remedial therapist.", "email", id + "@vive.studio"));
    }

    private List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.values().forEach(e -> values.add(e.get(field).getStringValue()));
        return values;
    }

    private List<String> slotsOf(String service, String date, String therapistId) {
        Http.Response response = http.get("/api/availability?service=" + service + "&date=" + date
                + (therapistId == null ? "" : "&therapistId=" + therapistId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return values(response.json(), "startsAt");
    }

    @Test
    void anAddedTherapistIsListedForTheAdminAndOfferedOnceTheyHaveHours() {
        assertThat(addTherapist("zoe").status()).isEqualTo(201);
        Http.Response hours = staff.send(admin, "PUT", "/api/admin/therapists/zoe/working-hours",
                List.of(Map.of("day", "MONDAY", "startsAt", "09:00", "endsAt", "12:00")));

        assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        assertThat(values(staff.send(admin, "GET", "/api/admin/therapists", null).json(), "id")).contains("zoe");
        assertThat(values(http.get("/api/therapists").json(), "id")).contains("zoe");
        assertThat(slotsOf("REMEDIAL_60", "2030-06-10", "zoe")).contains("2030-06-10T09:00:00+10:00");
    }

    @Test
    void aTherapistIdOrEmailAlreadyTakenIsAnswered409() {
        assertThat(addTherapist("mia").status()).isEqualTo(409);
        Http.Response sameEmail = staff.send(admin, "POST", "/api/admin/therapists", Map.of("id", "mia-two",
                "name", "Mia Two", "bio", "x", "email", "mia@vive.studio"));
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void anInvalidTherapistIsAnswered400NamingEveryBadField() {
        Http.Response response = staff.send(admin, "POST", "/api/admin/therapists",
                Map.of("id", "Bad Id", "name", " ", "email", "nope"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("id", "name", "bio", "email");
    }

    @Test
    void aDeactivatedTherapistIsNoLongerOfferedAndTheirBookingsAreListedNotCancelled() {
        Accepted booking = book("ava", at(2, 9, 0));

        Http.Response response = staff.send(admin, "PATCH", "/api/admin/therapists/ava", Map.of("active", false));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(values(response.json().get("affectedBookings"), "id")).contains(booking.id().toString());
        assertThat(statusOf(booking)).isEqualTo("PENDING_SCREENING");
        assertThat(values(http.get("/api/therapists").json(), "id")).doesNotContain("ava");
        assertThat(http.get("/api/availability?service=REMEDIAL_60&date=2030-06-07&therapistId=ava").status())
                .isEqualTo(400);
        assertThat(http.postJson("/api/bookings", BookingBodies.valid("ava", at(4, 13, 0)), Map.of()).status())
                .isEqualTo(400);
        staff.send(admin, "PATCH", "/api/admin/therapists/ava", Map.of("active", true));
    }

    @Test
    void editingATherapistChangesOnlyTheFieldsSent() {
        addTherapist("liam");

        Http.Response response = staff.send(admin, "PATCH", "/api/admin/therapists/liam", Map.of("bio", "New bio."));

        assertThat(response.json().get("bio").getStringValue()).isEqualTo("New bio.");
        assertThat(response.json().get("name").getStringValue()).isEqualTo("Zoe Park");
        assertThat(staff.send(admin, "PATCH", "/api/admin/therapists/nobody", Map.of("bio", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void overlappingBackwardsOrOutOfDayIntervalsAreAnswered400NamingEachOne() {
        Http.Response response = staff.send(admin, "PUT", "/api/admin/therapists/noah/working-hours", List.of(
                Map.of("day", "MONDAY", "startsAt", "09:00", "endsAt", "13:00"),
                Map.of("day", "MONDAY", "startsAt", "12:00", "endsAt", "17:00"),
                Map.of("day", "TUESDAY", "startsAt", "15:00", "endsAt", "11:00"),
                Map.of("day", "WEDNESDAY", "startsAt", "20:00", "endsAt", "25:00"),
                Map.of("day", "FUNDAY", "startsAt", "09:00", "endsAt", "10:00"),
                Map.of("day", "THURSDAY", "startsAt", "09:00", "endsAt", "17:00")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.errorFields()).containsExactly("[2]", "[3]", "[4]", "[0]", "[1]");
        assertThat(response.body()).contains("MONDAY 09:00-13:00: overlaps MONDAY 12:00-17:00");
        assertThat(slotsOf("REMEDIAL_60", "2030-06-04", "noah")).isNotEmpty();
    }

    @Test
    void replacedWorkingHoursChangeTheSlotsOffered() {
        staff.send(admin, "PUT", "/api/admin/therapists/mia/working-hours", List.of(
                Map.of("day", "THURSDAY", "startsAt", "13:00", "endsAt", "15:00")));

        assertThat(slotsOf("REMEDIAL_60", "2030-06-13", "mia"))
                .containsExactly("2030-06-13T13:00:00+10:00", "2030-06-13T13:30:00+10:00", "2030-06-13T14:00:00+10:00");
        assertThat(slotsOf("REMEDIAL_60", "2030-06-10", "mia")).isEmpty();
        staff.send(admin, "PUT", "/api/admin/therapists/mia/working-hours", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                "THURSDAY", "FRIDAY").stream().map(d -> Map.of("day", d, "startsAt", "09:00", "endsAt", "17:00")).toList());
    }

    @Test
    void anAddedServiceIsOfferedAndADeactivatedOneIsNot() {
        Http.Response added = staff.send(admin, "POST", "/api/admin/services", Map.of("code", "HOT_STONE_75",
                "name", "Hot stone, 75 minutes", "description", "Warm basalt stones.", "durationMinutes", 75,
                "price", 140.50, "currency", "AUD"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(values(http.get("/api/services").json(), "code")).contains("HOT_STONE_75");

        staff.send(admin, "PATCH", "/api/admin/services/HOT_STONE_75", Map.of("active", false));

        assertThat(values(http.get("/api/services").json(), "code")).doesNotContain("HOT_STONE_75");
        assertThat(values(staff.send(admin, "GET", "/api/admin/services", null).json(), "code")).contains("HOT_STONE_75");
        assertThat(http.get("/api/availability?service=HOT_STONE_75&date=2030-06-10").status()).isEqualTo(400);
    }

    @Test
    void aNewDurationAppliesToNewBookingsOnly() {
        Accepted before = book("noah", at(8, 10, 0));
        staff.send(admin, "PATCH", "/api/admin/services/REMEDIAL_60", Map.of("durationMinutes", 75));

        Accepted after = book("noah", at(8, 14, 0));

        assertThat(show(before).json().get("endsAt").getStringValue()).isEqualTo("2030-06-11T11:00:00+10:00");
        assertThat(show(after).json().get("endsAt").getStringValue()).isEqualTo("2030-06-11T15:15:00+10:00");
        staff.send(admin, "PATCH", "/api/admin/services/REMEDIAL_60", Map.of("durationMinutes", 60));
    }

    @Test
    void anInvalidServiceIsAnswered400AndADuplicateCode409() {
        Http.Response invalid = staff.send(admin, "POST", "/api/admin/services", Map.of("code", "x",
                "durationMinutes", 5, "price", -1, "currency", "dollars"));
        Http.Response duplicate = staff.send(admin, "POST", "/api/admin/services", Map.of("code", "SPORTS_45",
                "name", "n", "description", "d", "durationMinutes", 45, "price", 95, "currency", "AUD"));

        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("code", "name", "description", "currency",
                "durationMinutes", "price");
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenWhatBeforeAndAfter() {
        staff.send(admin, "PATCH", "/api/admin/services/POSTURE_60", Map.of("price", 125));

        Http.Response audit = staff.send(admin, "GET", "/api/admin/audit?from=2030-06-03&to=2030-06-03", null);

        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode e : audit.json().values()) {
            if ("service:POSTURE_60".equals(e.get("subject").getStringValue())) {
                entry = e;
            }
        }
        assertThat(entry).as(audit.body()).isNotNull();
        assertThat(entry.get("staffUser").getStringValue()).isEqualTo("admin");
        assertThat(entry.get("action").getStringValue()).isEqualTo("service.changed");
        assertThat(entry.get("at").getStringValue()).startsWith("2030-06-03T07:00").endsWith("+10:00");
        assertThat(entry.get("before").get("price").getNumberValue().doubleValue()).isEqualTo(120.0);
        assertThat(entry.get("after").get("price").getNumberValue().doubleValue()).isEqualTo(125.0);
    }

    @Test
    void aTherapistIsAnswered403AndNoTokenIs401ByTheStudioEndpoints() {
        String mia = staff.login("mia");
        for (String path : List.of("/api/admin/therapists", "/api/admin/services", "/api/admin/audit")) {
            assertThat(staff.send(mia, "GET", path, null).status()).as(path).isEqualTo(403);
            Http.Response anonymous = staff.send(null, "GET", path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).as(path).startsWith(PROBLEM_JSON);
        }
        assertThat(staff.send(mia, "PATCH", "/api/admin/therapists/mia", Map.of("bio", "x")).status()).isEqualTo(403);
    }
}
