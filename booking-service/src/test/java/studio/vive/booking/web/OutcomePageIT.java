package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** The outcome page after booking: waiting, confirmed with a calendar file, or the advice to see a doctor. */
@MicronautTest(transactional = false)
class OutcomePageIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Override
    String databaseName() {
        return "booking_web_outcome";
    }

    @Test
    void whileScreeningDecidesThePageSaysSoAndTheStatusAnswersPending() {
        Browser browser = browser();
        UUID id = bookThroughThePage(browser, freeSlot("mia"), "Ada Lovelace");

        Browser.Page status = browser.get("/booking/" + id + "/status", "application/json");

        assertEquals(200, status.status());
        assertTrue(status.body().contains("\"status\":\"PENDING_SCREENING\""), status.body());
        assertTrue(browser.get("/booking/" + id).body().contains("data-outcome=\"pending\""));
    }

    @Test
    void aClearedBookingShowsTheConfirmationWithItsDetails() {
        Browser browser = browser();
        Slot slot = freeSlot("mia");
        UUID id = bookThroughThePage(browser, slot, "Ada Lovelace");

        clear(id);

        await().atMost(WAIT).until(() -> browser.get("/booking/" + id).body().contains("You're booked in"));
        String page = browser.get("/booking/" + id).body();
        assertTrue(page.contains("Remedial massage"), page);
        assertTrue(page.contains("Mia"), page);
        assertTrue(page.contains("Add to calendar"));
    }

    @Test
    void theCalendarDownloadIsTheConfirmedAppointmentWithTheInvitesUid() {
        Browser browser = browser();
        Slot slot = freeSlot("mia");
        UUID id = bookThroughThePage(browser, slot, "Ada Lovelace");
        clear(id);
        await().atMost(WAIT).until(() -> browser.get("/booking/" + id).body().contains("You're booked in"));

        Browser.Page ics = browser.get("/booking/" + id + "/calendar.ics", "text/calendar");

        assertEquals(200, ics.status());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        assertTrue(ics.header("Content-Disposition").orElse("").startsWith("attachment"));
        String body = ics.body().replace("\r\n ", "");
        assertTrue(body.contains("UID:booking-" + id + "@vive.studio"), body);
        String start = slot.startsAt().toInstant().toString().replace("-", "").replace(":", "");
        assertTrue(body.contains("DTSTART:" + start), body);
    }

    @Test
    void anUrgentReferralPutsTheAdviceToSeeADoctorFirstWithEveryReason() {
        Browser browser = browser();
        UUID id = bookThroughThePage(browser, freeSlot("mia"), "Ada Lovelace");

        refer(id, Tier.URGENT_REFERRAL, List.of(
                new Reason("RF-BOWEL-BLADDER", "You told us about new bowel or bladder problems."),
                new Reason("RF-LEG-NEURO", "You told us about weakness, numbness or tingling in your legs.")));

        await().atMost(WAIT).until(() -> browser.get("/booking/" + id).body().contains("Please see a doctor today"));
        String page = browser.get("/booking/" + id).body();
        assertTrue(page.contains("role=\"alert\""));
        assertTrue(page.contains("You told us about new bowel or bladder problems."));
        assertTrue(page.contains("You told us about weakness, numbness or tingling in your legs."));
        assertFalse(page.contains("RF-BOWEL-BLADDER"), "rule ids are for staff, not clients");
        assertFalse(page.contains("Add to calendar"));
    }

    @Test
    void aReferralAsksToSeeTheDoctorBeforeTheMassage() {
        Browser browser = browser();
        UUID id = bookThroughThePage(browser, freeSlot("mia"), "Ada Lovelace");

        refer(id, Tier.REFERRAL, List.of(new Reason("RF-OSTEOPOROSIS", "You told us you have osteoporosis.")));

        await().atMost(WAIT).until(() -> browser.get("/booking/" + id).body()
                .contains("Please see your doctor before your massage"));
        assertFalse(browser.get("/booking/" + id).body().contains("Please see a doctor today"));
    }

    @Test
    void reasonsAreEscaped() {
        Browser browser = browser();
        UUID id = bookThroughThePage(browser, freeSlot("mia"), "Ada Lovelace");

        refer(id, Tier.REFERRAL, List.of(new Reason("RF-CANCER", "<img src=x onerror=alert(1)> history")));

        await().atMost(WAIT).until(() -> browser.get("/booking/" + id).body().contains("history"));
        String page = browser.get("/booking/" + id).body();
        assertFalse(page.contains("<img src=x"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt; history"));
    }

    @Test
    void anotherBrowserSeesAReadableNotFoundPageAndNoBooking() {
        UUID id = bookThroughThePage(browser(), freeSlot("mia"), "Ada Lovelace");

        Browser.Page page = browser().get("/booking/" + id);

        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("We could not find this booking"));
        assertFalse(page.body().contains("Ada Lovelace"));
    }
}
