package studio.vive.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;

/** A therapist's own time-off page: list, add and remove their own time off, and only their own. */
@MicronautTest(transactional = false)
class OwnTimeOffPageIT extends WebTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern REMOVE = Pattern.compile("/staff/time-off/([0-9a-f-]{36})/remove");

    @Override
    String databaseName() {
        return "booking_web_own_time_off";
    }

    private static Map<String, String> timeOff(Slot slot, String reason) {
        return Map.of("startsAt", slot.startsAt().format(LOCAL), "endsAt", slot.endsAt().format(LOCAL),
                "reason", reason);
    }

    /** Adds time off through the page as {@code therapist} and returns its id from the list. */
    private String addThroughThePage(Browser therapist, Slot slot, String reason) {
        therapist.get("/staff/time-off");
        Browser.Page added = therapist.submit("/staff/time-off", timeOff(slot, reason));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        Matcher remove = REMOVE.matcher(therapist.get(added.location()).body());
        assertThat(remove.find()).as("a remove button for the new time off").isTrue();
        return remove.group(1);
    }

    @Test
    void aTherapistAddsTimeOffAndSeesItListed() {
        Browser mia = signedIn(MIA);
        Slot slot = freeSlot("mia");

        addThroughThePage(mia, slot, "Dentist");

        Browser.Page page = mia.get("/staff/time-off?done=added");
        assertThat(page.body()).contains("Time off added").contains("Dentist").contains("href=\"/staff/time-off\"");
        assertThat(availability.freeSlots(SERVICE, slot.startsAt().toLocalDate(), "mia"))
                .noneMatch(s -> s.startsAt().toInstant().equals(slot.startsAt().toInstant()));
    }

    @Test
    void aTherapistRemovesTheirOwnTimeOff() {
        Browser mia = signedIn(MIA);
        String id = addThroughThePage(mia, freeSlot("mia"), "Course");

        Browser.Page removed = mia.submit("/staff/time-off/" + id + "/remove", Map.of());

        assertThat(removed.status()).isEqualTo(303);
        assertThat(mia.get(removed.location()).body()).contains("Time off removed").doesNotContain(id);
    }

    @Test
    void aTherapistCannotRemoveAnotherTherapistsTimeOffFromThePage() {
        String miasId = addThroughThePage(signedIn(MIA), freeSlot("mia"), "Holiday");
        Browser noah = signedIn(NOAH);
        Browser.Page noahsPage = noah.get("/staff/time-off");

        Browser.Page refused = noah.submit("/staff/time-off/" + miasId + "/remove", Map.of());

        assertThat(noahsPage.body()).doesNotContain(miasId).doesNotContain("Holiday");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("No such time off");
        assertThat(signedIn(MIA).get("/staff/time-off").body()).contains(miasId);
    }

    @Test
    void anInvalidRangeIsShownAgainWithWhatIsWrong() {
        Browser mia = signedIn(MIA);
        mia.get("/staff/time-off");

        Browser.Page page = mia.submit("/staff/time-off", Map.of("startsAt", "2030-06-10T12:00",
                "endsAt", "2030-06-10T09:00", "reason", "Physio"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("error-summary").contains("endsAt must be after startsAt")
                .contains("value=\"Physio\"");
    }

    @Test
    void aFormWithoutTheAntiForgeryTokenIsRefused() {
        Browser mia = signedIn(MIA);

        Browser.Page refused = mia.postForm("/staff/time-off", timeOff(freeSlot("mia"), "Forged"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anAdminWithoutATherapistCannotOpenThePage() {
        Browser.Page refused = signedIn(ADMIN).get("/staff/time-off");

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).isEqualTo("/staff/forbidden");
    }
}
