package studio.vive.booking.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.web.booking.ScreeningQuestions;

/** The booking page at {@code /}: rendering, live free times, the form's checks and escaping. */
@MicronautTest(transactional = false)
class BookingPageIT extends WebTest {

    @Override
    String databaseName() {
        return "booking_web_page";
    }

    @Test
    void theBookingPageAsksEveryScreeningQuestionWithALabelledAnswer() {
        Browser.Page page = browser().get("/");

        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        for (ScreeningQuestions.Question question : ScreeningQuestions.ALL) {
            assertTrue(page.body().contains(escaped(question.text())), "missing: " + question.text());
        }
        assertTrue(page.body().contains("<label for=\"name\">Full name</label>"));
        assertTrue(page.body().contains("<label for=\"bowelOrBladderProblems-yes\">Yes</label>"));
        assertTrue(page.body().contains("Any therapist"));
    }

    @Test
    void pagesForbidInlineScriptsFramingAndReferrersToOtherSites() {
        Browser.Page page = browser().get("/");

        assertTrue(page.header("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("DENY", page.header("X-Frame-Options").orElse(""));
        assertEquals("same-origin", page.header("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.header("Cache-Control").orElse(""));
    }

    @Test
    void theChosenDayOffersItsFreeTimesFromLiveAvailability() {
        Slot slot = freeSlot("mia");

        Browser.Page page = browser().get("/?service=" + SERVICE + "&date=" + slot.startsAt().toLocalDate()
                + "&therapist=mia");

        assertTrue(page.body().contains("value=\"" + slot.startsAt() + "\""), "free time not offered");
    }

    @Test
    void aTimeAlreadyHeldIsNoLongerOffered() {
        Slot slot = freeSlot("mia");
        bookThroughThePage(browser(), slot, "Grace Hopper");

        Browser.Page page = browser().get("/?service=" + SERVICE + "&date=" + slot.startsAt().toLocalDate()
                + "&therapist=mia");

        assertFalse(page.body().contains("value=\"" + slot.startsAt() + "\""), "a held time is still offered");
    }

    @Test
    void aCompleteFormHoldsTheTimeAndLeadsToTheOutcomePage() {
        Browser browser = browser();
        Slot slot = freeSlot("mia");

        UUID id = bookThroughThePage(browser, slot, "Ada Lovelace");

        assertEquals("PENDING_SCREENING", bookings.findById(id).orElseThrow().status().name());
        Browser.Page outcome = browser.get("/booking/" + id);
        assertEquals(200, outcome.status());
        assertTrue(outcome.body().contains("we are checking your answers"), outcome.body());
    }

    @Test
    void theOutcomeCookieIsHttpOnlyStrictAndScopedToTheBooking() {
        Browser browser = browser();
        browser.get("/");
        Browser.Page booked = browser.submit("/book", completeForm(freeSlot("mia"), "Ada Lovelace"));

        String cookie = booked.all("Set-Cookie").stream().filter(c -> c.startsWith("vive_booking=")).findFirst()
                .orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=" + booked.location()), cookie);
    }

    @Test
    void theSameFormSubmittedTwiceBooksOnce() {
        Browser browser = browser();
        browser.get("/");
        Map<String, String> form = completeForm(freeSlot("mia"), "Ada Lovelace");

        Browser.Page first = browser.submit("/book", form);
        Browser.Page second = browser.submit("/book", form);

        assertEquals(303, first.status());
        assertEquals(first.location(), second.location());
    }

    @Test
    void aFormWithoutTheAntiForgeryTokenIsRefusedWithAReadablePage() {
        Browser browser = browser();
        browser.get("/");
        Slot slot = freeSlot("mia");

        Browser.Page refused = browser.postForm("/book", completeForm(slot, "Ada Lovelace"));

        assertEquals(403, refused.status());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.body().contains("This form has expired"));
        assertTrue(browser().get("/?service=" + SERVICE + "&date=" + slot.startsAt().toLocalDate()
                + "&therapist=mia").body().contains("value=\"" + slot.startsAt() + "\""), "the time was held");
    }

    @Test
    void aTokenFromAnotherBrowserIsRefused() {
        Browser attacker = browser();
        attacker.get("/");
        Browser victim = browser();
        victim.get("/");
        Map<String, String> form = new java.util.HashMap<>(completeForm(freeSlot("mia"), "Ada Lovelace"));
        form.put("_csrf", attacker.csrfToken());

        Browser.Page refused = victim.postForm("/book", form);

        assertEquals(403, refused.status());
    }

    @Test
    void unansweredQuestionsAreNamedInPlainWordsAndTheAnswersGivenAreKept() {
        Browser browser = browser();
        browser.get("/");
        Slot slot = freeSlot("mia");
        Map<String, String> form = new java.util.HashMap<>(completeForm(slot, "Ada Lovelace"));
        form.remove("persistentFever");
        form.remove("consent");
        // as the page's script writes it, with seconds: still the same time
        form.put("startsAt", slot.startsAt().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));

        Browser.Page page = browser.submit("/book", form);

        assertEquals(400, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("Please check the form"));
        assertTrue(page.body().contains("<a href=\"#persistentFever\">Please answer: Have you had fevers"), page.body());
        assertTrue(page.body().contains("Please answer this question."), "no message next to the question");
        assertTrue(page.body().contains("value=\"" + slot.startsAt() + "\" checked=\"checked\""), "the time was not kept");
        assertTrue(page.body().contains("Please tick the box to let us check your answers."));
        assertTrue(page.body().contains("value=\"Ada Lovelace\""), "the name was not kept");
        assertFalse(page.body().contains("\"errors\""), "raw problem JSON shown");
    }

    @Test
    void aDateOfBirthBefore1900IsNamedInPlainWords() {
        Browser browser = browser();
        browser.get("/");
        Map<String, String> form = new java.util.HashMap<>(completeForm(freeSlot("mia"), "Ada Lovelace"));
        form.put("dateOfBirth", "-10000-01-01");

        Browser.Page page = browser.submit("/book", form);

        assertEquals(400, page.status(), page.body());
        assertTrue(page.body().contains("<a href=\"#dateOfBirth\">Please enter your date of birth: a real date"),
                page.body());
    }

    @Test
    void textTheClientTypedIsEscapedWhenTheFormComesBack() {
        Browser browser = browser();
        browser.get("/");
        Map<String, String> form = new java.util.HashMap<>(completeForm(freeSlot("mia"), "<script>alert(1)</script>"));

        Browser.Page page = browser.submit("/book", form);

        assertEquals(400, page.status());
        assertFalse(page.body().contains("<script>alert(1)</script>"));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aTimeTakenMeanwhileAsksForAnotherTimeAndKeepsTheAnswers() {
        Slot slot = freeSlot("mia");
        bookThroughThePage(browser(), slot, "Grace Hopper");
        Browser browser = browser();
        browser.get("/");

        Browser.Page page = browser.submit("/book", completeForm(slot, "Ada Lovelace"));

        assertEquals(409, page.status());
        assertTrue(page.body().contains("Sorry, that time has just been booked. Please choose another."));
        assertTrue(page.body().contains("value=\"Ada Lovelace\""));
    }

    private static String escaped(String text) {
        return text.replace("'", "&#39;").replace("\"", "&quot;");
    }
}
