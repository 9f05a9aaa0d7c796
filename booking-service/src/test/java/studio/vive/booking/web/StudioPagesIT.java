package studio.vive.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.booking.BookingStatus;

/** The admin's Studio page: add time off, see the conflict it makes, resolve it. */
@MicronautTest(transactional = false)
class StudioPagesIT extends WebTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Override
    String databaseName() {
        return "booking_web_studio";
    }

    private static Map<String, String> timeOff(String therapistId, Slot slot, String reason) {
        return Map.of("therapistId", therapistId, "startsAt", slot.startsAt().format(LOCAL),
                "endsAt", slot.endsAt().format(LOCAL), "reason", reason);
    }

    @Test
    void timeOffOverABookingShowsAConflictThatTheAdminResolvesByCancelling() {
        Slot slot = freeSlot("mia");
        UUID booking = bookThroughThePage(browser(), slot, "Ada Lovelace");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/studio");

        Browser.Page added = admin.submit("/staff/studio/time-off", timeOff("mia", slot, "Ill"));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        Browser.Page page = admin.get(added.location());
        assertThat(page.body()).contains("Time off added").contains(booking.toString()).contains("Ill");

        Browser.Page cancelled = admin.submit("/staff/studio/bookings/" + booking + "/cancel",
                Map.of("reason", "Your therapist is ill"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(303);
        assertThat(admin.get(cancelled.location()).body()).contains("Booking cancelled")
                .doesNotContain("/staff/studio/bookings/" + booking);
        assertThat(bookings.findById(booking).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aConflictIsResolvedByMovingTheBookingToAColleagueFreeThen() {
        Slot slot = freeForMiaAndNoah();
        UUID booking = bookThroughThePage(browser(), slot, "Grace Hopper");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/studio");
        admin.submit("/staff/studio/time-off", timeOff("mia", slot, "Course"));
        assertThat(admin.get("/staff/studio").body()).contains("/staff/studio/bookings/" + booking + "/reassign");

        Browser.Page moved = admin.submit("/staff/studio/bookings/" + booking + "/reassign", Map.of("therapistId", "noah"));

        assertThat(moved.status()).as(moved.body()).isEqualTo(303);
        assertThat(admin.get(moved.location()).body()).contains("Booking moved")
                .doesNotContain("/staff/studio/bookings/" + booking);
        assertThat(bookings.findById(booking).orElseThrow().therapistId()).isEqualTo("noah");
    }

    @Test
    void aMoveToAColleagueWhoIsNotFreeSaysWhyAndChangesNothing() {
        Slot slot = freeForMiaAndNoah();
        UUID booking = bookThroughThePage(browser(), slot, "Grace Hopper");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/studio");
        admin.submit("/staff/studio/time-off", timeOff("noah", slot, "Dentist"));

        Browser.Page refused = admin.submit("/staff/studio/bookings/" + booking + "/reassign",
                Map.of("therapistId", "noah"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("The booking was not moved").contains("time off");
        assertThat(bookings.findById(booking).orElseThrow().therapistId()).isEqualTo("mia");
    }

    /** A slot of mia's at which noah is free too, so a booking can move between them. */
    private Slot freeForMiaAndNoah() {
        for (int tries = 0; tries < 40; tries++) {
            Slot slot = freeSlot("mia");
            boolean noahFree = availability.freeSlots(SERVICE, slot.startsAt().toLocalDate(), "noah").stream()
                    .anyMatch(s -> s.startsAt().isEqual(slot.startsAt()));
            if (noahFree) {
                return slot;
            }
        }
        throw new IllegalStateException("no time at which mia and noah are both free");
    }

    @Test
    void anInvalidTimeOffFormIsShownAgainWithWhatIsWrong() {
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/studio");

        Browser.Page page = admin.submit("/staff/studio/time-off", Map.of("therapistId", "", "startsAt",
                "2030-06-10T12:00", "endsAt", "2030-06-10T09:00", "reason", "Renovation"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("error-summary").contains("endsAt must be after startsAt")
                .contains("value=\"Renovation\"");
    }

    @Test
    void aTherapistCannotOpenTheStudioPage() {
        Browser.Page refused = signedIn(MIA).get("/staff/studio");

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).isEqualTo("/staff/forbidden");
    }

    @Test
    void theAdminSeesTheStudioLinkAndRemovesTimeOffFromThePage() {
        Slot slot = freeSlot("noah");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/studio");
        admin.submit("/staff/studio/time-off", timeOff("noah", slot, "Course"));
        Browser.Page page = admin.get("/staff/studio");
        java.util.regex.Matcher remove = java.util.regex.Pattern.compile("/staff/studio/time-off/([0-9a-f-]{36})/remove")
                .matcher(page.body());
        assertThat(page.body()).contains("href=\"/staff/studio\"");
        assertThat(remove.find()).isTrue();

        Browser.Page removed = admin.submit("/staff/studio/time-off/" + remove.group(1) + "/remove", Map.of());

        assertThat(removed.status()).isEqualTo(303);
        assertThat(admin.get(removed.location()).body()).contains("Time off removed").doesNotContain(remove.group(1));
    }
}
