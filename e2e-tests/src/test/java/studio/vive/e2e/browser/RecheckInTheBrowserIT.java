package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.mail.EmailKind;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.mail.ReceivedEmail;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * The pre-visit re-check (issue 16) in a real Chromium at phone width against the whole platform:
 * all "no" keeps the booking; a "yes" shows the urgent advice at once, then screening refers the
 * booking, its slot is free again, and the client and therapist each get their one email.
 */
@E2eTest
class RecheckInTheBrowserIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Suite suite;
    private Chromium chromium;

    RecheckInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium("recheck", Chromium.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void allNoKeepsTheBookingConfirmed() {
        AcceptedBooking booking = confirmedBooking();
        WebDriver driver = openRecheckPage(booking);
        chromium.screenshot("recheck-form");

        answerAll(driver, "no", "NONE");
        driver.findElement(By.id("send-recheck")).click();

        awaitOutcome(driver, "rechecked");
        chromium.screenshot("recheck-all-clear");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you, see you soon");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                "CONFIRMED".equals(status(booking)));
    }

    @Test
    void aYesShowsTheUrgentAdviceAtOnceAndRefersTheBookingWithOneEmailEach() {
        AcceptedBooking booking = confirmedBooking();
        WebDriver driver = openRecheckPage(booking);
        answerAll(driver, "no", "NONE");
        driver.findElement(By.id("legWeaknessNumbnessTingling-yes")).click();
        chromium.screenshot("recheck-form-a-yes");

        driver.findElement(By.id("send-recheck")).click();

        awaitOutcome(driver, "urgent-referral");
        chromium.screenshot("recheck-urgent-advice");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Please see a doctor today");
        assertThat(driver.findElement(By.cssSelector(".reasons")).getText())
                .contains("You told us about weakness, numbness or tingling down one or both legs.");
        await("referred").atMost(WITHIN).until(() -> "REFERRED".equals(status(booking)));
        JsonNode outcome = suite.bookingApi().get(booking).json().path("outcome");
        assertThat(outcome.path("tier").asText()).isEqualTo("URGENT_REFERRAL");
        assertThat(isFree(booking.request().slot())).as("the slot is free again").isTrue();
        String therapist = Mailbox.THERAPIST_ADDRESSES.get(booking.therapistId());
        await("urgent email and therapist cancellation").atMost(WITHIN).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    assertThat(emailsOf(booking.clientEmail(), booking, EmailKind.URGENT_REFERRAL)).hasSize(1);
                    assertThat(emailsOf(therapist, booking, EmailKind.THERAPIST_CANCELLATION)).hasSize(1);
                });
        // Nothing more arrives: held for 5 s. Each look reads the whole run's therapist mailbox,
        // which takes seconds late in the suite, so the bound leaves room for several looks.
        await().during(Duration.ofSeconds(5)).atMost(WITHIN.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
            assertThat(emailsOf(booking.clientEmail(), booking, EmailKind.URGENT_REFERRAL)).hasSize(1);
            assertThat(emailsOf(therapist, booking, EmailKind.THERAPIST_CANCELLATION)).hasSize(1);
            assertThat(emailsOf(booking.clientEmail(), booking, EmailKind.CLIENT_CANCELLATION)).isEmpty();
        });
        assertThat(emailsOf(therapist, booking, EmailKind.THERAPIST_CANCELLATION).get(0).calendarMethod())
                .contains("CANCEL");
    }

    private AcceptedBooking confirmedBooking() {
        Slot slot = suite.slots().next();
        AcceptedBooking booking = suite.bookingApi()
                .book(BookingRequest.of(slot, ScreeningCase.CLEARED, Client.bornOn(LocalDate.of(1984, 7, 21))))
                .orElseThrow(() -> new AssertionError("booking-service refused the booking"));
        await("booking " + booking.id() + " confirmed").atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> "CONFIRMED".equals(status(booking)));
        return booking;
    }

    private WebDriver openRecheckPage(AcceptedBooking booking) {
        WebDriver driver = chromium.driver();
        driver.get(baseUrl + "/manage/" + booking.id() + "/recheck?token="
                + URLEncoder.encode(booking.accessToken(), StandardCharsets.UTF_8));
        return driver;
    }

    private static void answerAll(WebDriver driver, String yesNo, String legPain) {
        for (String question : List.of("bowelOrBladderProblems", "suddenWeightLoss", "persistentFever",
                "legWeaknessNumbnessTingling", "followedSevereFallOrAccident")) {
            driver.findElement(By.id(question + "-" + yesNo)).click();
        }
        driver.findElement(By.id("legPain-" + legPain)).click();
    }

    private static void awaitOutcome(WebDriver driver, String outcome) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#outcome[data-outcome='" + outcome + "']")));
    }

    private String status(AcceptedBooking booking) {
        return suite.bookingApi().get(booking).json().path("status").asText();
    }

    private boolean isFree(Slot slot) {
        JsonNode slots = suite.bookingApi().availability(BookingRequest.SERVICE_CODE, slot.startsAt().toLocalDate()).json();
        for (JsonNode free : slots) {
            if (free.path("therapistId").asText().equals(slot.therapistId())
                    && java.time.OffsetDateTime.parse(free.path("startsAt").asText()).isEqual(slot.startsAt())) {
                return true;
            }
        }
        return false;
    }

    private List<ReceivedEmail> emailsOf(String recipient, AcceptedBooking booking, EmailKind kind) {
        return suite.mailbox().received(List.of(recipient),
                        Map.of(booking.clientEmail().toLowerCase(Locale.ROOT), booking.id())).stream()
                .filter(email -> email.bookingId().equals(Optional.of(booking.id())) && email.kind() == kind)
                .toList();
    }
}
