package studio.vive.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/** {@code GET /api/availability} against the seeded studio and real bookings. */
@MicronautTest(transactional = false)
class AvailabilityIT extends ServiceTest {

    @Override
    protected String databaseName() {
        return "booking_availability";
    }

    private List<String> startTimes(String query) {
        Http.Response response = http.get("/api/availability?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        for (JsonNode slot : response.json().values()) {
            starts.add(slot.get("startsAt").getStringValue());
        }
        return starts;
    }

    @Test
    void slotsFollowTheTherapistsWorkingHoursOnTheGridWithOffsets() {
        List<String> starts = startTimes("service=REMEDIAL_60&date=2030-06-05&therapistId=mia");

        assertThat(starts).first().isEqualTo("2030-06-05T09:00:00+10:00");
        assertThat(starts).last().isEqualTo("2030-06-05T16:00:00+10:00");
        assertThat(starts).hasSize(15);
    }

    @Test
    void eachSlotNamesItsTherapistAndEndsAfterTheServiceDuration() {
        Http.Response response = http.get("/api/availability?service=REMEDIAL_90&date=2030-06-05&therapistId=noah");

        JsonNode first = response.json().get(0);
        assertThat(first.get("therapistId").getStringValue()).isEqualTo("noah");
        assertThat(first.get("startsAt").getStringValue()).isEqualTo("2030-06-05T10:00:00+10:00");
        assertThat(first.get("endsAt").getStringValue()).isEqualTo("2030-06-05T11:30:00+10:00");
    }

    @Test
    void aTherapistWhoDoesNotWorkThatDayHasNoSlots() {
        // noah does not work on Mondays
        assertThat(startTimes("service=REMEDIAL_60&date=2030-06-10&therapistId=noah")).isEmpty();
    }

    @Test
    void withoutATherapistEveryTherapistsSlotsAreListed() {
        Http.Response response = http.get("/api/availability?service=SPORTS_45&date=2030-06-07");

        List<String> therapists = new ArrayList<>();
        response.json().values().forEach(s -> therapists.add(s.get("therapistId").getStringValue()));
        assertThat(therapists).contains("mia", "noah", "ava");
    }

    @Test
    void slotsInsideTheMinimumNoticeAreNotOffered() {
        // now is 07:00 on 3 June; notice is 2 hours; ava starts at 08:00 on Mondays
        List<String> starts = startTimes("service=REMEDIAL_60&date=2030-06-03&therapistId=ava");

        assertThat(starts).first().isEqualTo("2030-06-03T09:00:00+10:00");
    }

    @Test
    void datesBeyondTheHorizonHaveNoSlots() {
        // now is 07:00 on 3 June and the horizon 60 days: 07:00 on 2 August
        assertThat(startTimes("service=REMEDIAL_60&date=2030-08-01&therapistId=mia")).isNotEmpty();
        assertThat(startTimes("service=REMEDIAL_60&date=2030-08-02&therapistId=mia")).isEmpty();
    }

    @Test
    void datesInThePastHaveNoSlots() {
        assertThat(startTimes("service=REMEDIAL_60&date=2030-05-31&therapistId=mia")).isEmpty();
    }

    @Test
    void aHeldSlotAndTheTimeAroundItWithTheBufferAreNotOffered() {
        book("mia", at(17, 12, 0));

        List<String> starts = startTimes("service=REMEDIAL_60&date=2030-06-20&therapistId=mia");

        // 12:00-13:00 plus a 15 minute buffer: 11:30 would end at 12:30; 12:30 and 13:00 start inside
        assertThat(starts).contains("2030-06-20T10:30:00+10:00", "2030-06-20T13:30:00+10:00")
                .doesNotContain("2030-06-20T11:00:00+10:00", "2030-06-20T11:30:00+10:00",
                        "2030-06-20T12:00:00+10:00", "2030-06-20T12:30:00+10:00", "2030-06-20T13:00:00+10:00");
    }

    @Test
    void aHeldSlotOfOneTherapistLeavesTheOthersFree() {
        book("mia", at(18, 10, 0));

        Http.Response response = http.get("/api/availability?service=REMEDIAL_60&date=2030-06-21");

        List<String> atTen = new ArrayList<>();
        response.json().values().forEach(s -> {
            if (s.get("startsAt").getStringValue().equals("2030-06-21T10:00:00+10:00")) {
                atTen.add(s.get("therapistId").getStringValue());
            }
        });
        assertThat(atTen).containsExactlyInAnyOrder("noah", "ava");
    }

    @Test
    void aCancelledBookingFreesItsSlotAgain() {
        Accepted booking = book("mia", at(22, 10, 0));
        http.postEmpty("/api/bookings/" + booking.id() + "/cancel", java.util.Map.of(TOKEN, booking.token()));

        assertThat(startTimes("service=REMEDIAL_60&date=2030-06-25&therapistId=mia"))
                .contains("2030-06-25T10:00:00+10:00");
    }

    @Test
    void anUnknownServiceAndTherapistAreNamed() {
        Http.Response response = http.get("/api/availability?service=NOPE&date=2030-06-05&therapistId=nobody");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("service", "therapistId");
    }

    @Test
    void aMissingOrMalformedDateIsNamed() {
        Http.Response missing = http.get("/api/availability?service=REMEDIAL_60");
        Http.Response malformed = http.get("/api/availability?service=REMEDIAL_60&date=2030-02-30");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("date");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("date");
    }

    @Test
    void theCatalogueListsServicesWithPricesAndTherapistsWithHours() {
        Http.Response services = http.get("/api/services");
        Http.Response therapists = http.get("/api/therapists");

        assertThat(services.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        services.json().values().forEach(s -> codes.add(s.get("code").getStringValue()));
        assertThat(codes).contains("REMEDIAL_60", "REMEDIAL_90", "SPORTS_45");
        assertThat(therapists.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        therapists.json().values().forEach(t -> ids.add(t.get("id").getStringValue()));
        assertThat(ids).containsExactly("ava", "mia", "noah");
        JsonNode mia = therapists.json().get(1);
        assertThat(mia.get("workingHours").get(0).get("day").getStringValue()).isEqualTo("MONDAY");
        assertThat(therapists.body()).doesNotContain("@vive.studio");
    }
}
