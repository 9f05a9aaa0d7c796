package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.contracts.GoldenSamples;

/** The pre-visit re-check page: six questions, a plain form, and the urgent advice at once on a "yes". */
@MicronautTest(transactional = false)
class RecheckPageIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private UUID id;
    private String token;

    @Override
    String databaseName() {
        return "booking_web_recheck";
    }

    /** Books and confirms a booking through the page; the re-check page's address. */
    private String confirmedRecheckPage() {
        Browser client = browser();
        id = bookThroughThePage(client, freeSlot("mia"), "Ada Lovelace");
        token = client.cookie("vive_booking", "/booking/" + id).orElseThrow();
        clear(id);
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.CONFIRMED);
        return "/manage/" + id + "/recheck?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static Map<String, String> allNo() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("bowelOrBladderProblems", "no");
        answers.put("suddenWeightLoss", "no");
        answers.put("persistentFever", "no");
        answers.put("legPain", "NONE");
        answers.put("legWeaknessNumbnessTingling", "no");
        answers.put("followedSevereFallOrAccident", "no");
        return answers;
    }

    private Browser.Page send(Browser browser, Map<String, String> answers) {
        Map<String, String> fields = new LinkedHashMap<>(answers);
        fields.put("token", token);
        return browser.submit("/manage/" + id + "/recheck", fields);
    }

    @Test
    void thePageAsksTheSixUrgentQuestionsInAPlainForm() {
        Browser.Page page = browser().get(confirmedRecheckPage());

        assertEquals(200, page.status());
        assertTrue(page.body().contains("See your doctor immediately if any of these apply to you"));
        for (String name : allNo().keySet()) {
            assertTrue(page.body().contains("id=\"" + name + "\""), name);
        }
        assertTrue(page.body().contains("method=\"post\""));
        assertTrue(page.body().contains("name=\"_csrf\""));
        assertFalse(page.body().contains("Have you ever had cancer?"), "only the urgent questions");
    }

    @Test
    void allNoThanksTheClientAndTheBookingStaysConfirmed() {
        Browser browser = browser();
        browser.get(confirmedRecheckPage());

        Browser.Page done = send(browser, allNo());

        assertEquals(200, done.status());
        assertTrue(done.body().contains("Your booking stays as it is."));
        assertEquals(BookingStatus.CONFIRMED, bookings.findById(id).orElseThrow().status());
    }

    @Test
    void aYesShowsTheUrgentAdviceAtOnceWithScreeningsOwnWords() throws IOException {
        Browser browser = browser();
        browser.get(confirmedRecheckPage());
        Map<String, String> answers = allNo();
        answers.put("legPain", "BELOW_KNEE");
        answers.put("legWeaknessNumbnessTingling", "yes");

        Browser.Page done = send(browser, answers);

        assertEquals(200, done.status());
        assertTrue(done.body().contains("Please see a doctor today"));
        assertTrue(done.body().contains("data-outcome=\"urgent-referral\""));
        JsonNode golden = ObjectMapper.getDefault().readValue(GoldenSamples.json(GoldenSamples.RECHECK_DECIDED),
                JsonNode.class);
        for (JsonNode reason : golden.get("reasons").values()) {
            assertTrue(done.body().contains(reason.get("message").getStringValue()), reason.toString());
        }
    }

    @Test
    void anUnansweredQuestionIsNamedAndTheOtherAnswersAreKept() {
        Browser browser = browser();
        browser.get(confirmedRecheckPage());
        Map<String, String> answers = allNo();
        answers.remove("persistentFever");
        answers.put("suddenWeightLoss", "yes");

        Browser.Page page = send(browser, answers);

        assertEquals(400, page.status());
        assertTrue(page.body().contains("Please answer every question"));
        assertTrue(page.body().contains("href=\"#persistentFever\""));
        assertTrue(page.body().contains("id=\"suddenWeightLoss-yes\" value=\"yes\" checked"), page.body());
    }

    @Test
    void aWrongTokenIsNotFound() {
        confirmedRecheckPage();

        assertEquals(404, browser().get("/manage/" + id + "/recheck?token=wrong").status());
    }

    @Test
    void aPostWithoutTheAntiForgeryTokenIsRefused() {
        Browser browser = browser();
        browser.get(confirmedRecheckPage());
        Map<String, String> fields = new LinkedHashMap<>(allNo());
        fields.put("token", token);

        assertEquals(403, browser.postForm("/manage/" + id + "/recheck", fields).status());
    }
}
