package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * A client books in a real Chromium against the whole platform (booking, screening and
 * notification services as processes): the outcome appears on screen within seconds, and the
 * manage page of the confirmation email cancels. Every page on the way passes axe-core's
 * WCAG 2.1 AA check.
 */
@E2eTest
class BookingInTheBrowserIT {

    /** Booking, screening's decision over Kafka and the page's next poll, with room for a slow CI. */
    private static final Duration OUTCOME_WITHIN = Duration.ofSeconds(45);

    private final String baseUrl;
    private final BookingApi api;
    private final SlotPlanner slots;
    private Chromium chromium;

    BookingInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.api = new BookingApi(stack.booking());
        this.slots = new SlotPlanner(api);
    }

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium("booking", Chromium.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    private static Client client() {
        return Client.bornOn(LocalDate.of(1984, 7, 21));
    }

    @Test
    void aClientBooksAClearedSlotAndSeesTheConfirmationWithACalendarDownload() {
        WebDriver driver = chromium.driver();
        Slot slot = slots.next();
        Client client = client();

        BookingPage page = new BookingPage(driver, baseUrl).choose(BookingRequest.SERVICE_CODE, slot).details(client)
                .answersWithNoRedFlag().consent();
        chromium.screenshot("booking-form-filled");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        page.book();

        String heading = BookingPage.awaitOutcome(driver, "confirmed", OUTCOME_WITHIN);
        chromium.screenshot("booking-confirmed");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        assertThat(heading).isEqualTo("You're booked in");
        assertThat(driver.findElement(By.id("add-to-calendar")).getAttribute("href")).endsWith("/calendar.ics");
        assertThat(driver.findElement(By.cssSelector(".details")).getText()).contains("Remedial massage");
    }

    @Test
    void aClientWhoReportsARedFlagSeesTheUrgentAdviceFirst() {
        WebDriver driver = chromium.driver();
        Slot slot = slots.next();

        new BookingPage(driver, baseUrl).choose(BookingRequest.SERVICE_CODE, slot).details(client())
                .answersWithNoRedFlag().answer("bowelOrBladderProblems", "yes").consent().book();

        String heading = BookingPage.awaitOutcome(driver, "urgent-referral", OUTCOME_WITHIN);
        chromium.screenshot("booking-urgent-advice");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        assertThat(heading).isEqualTo("Please see a doctor today");
        assertThat(driver.findElement(By.cssSelector(".alert.urgent")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
        assertThat(driver.findElements(By.id("add-to-calendar"))).isEmpty();
    }

    @Test
    void aClientCancelsFromTheManagePageAndIsToldItIsDone() {
        WebDriver driver = chromium.driver();
        AcceptedBooking booking = api.book(BookingRequest.of(slots.next(), ScreeningCase.CLEARED, client()))
                .orElseThrow(() -> new AssertionError("booking-service refused the booking"));
        await("booking " + booking.id() + " confirmed").atMost(OUTCOME_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> "CONFIRMED".equals(api.get(booking).json().path("status").asText()));

        // the address the confirmation email links to; the booking's token opens it like the emailed one
        driver.get(baseUrl + "/manage/" + booking.id() + "?token="
                + URLEncoder.encode(booking.accessToken(), StandardCharsets.UTF_8));
        assertThat(driver.findElement(By.id("cancel-window")).getText()).startsWith("You can cancel online until");
        chromium.screenshot("manage-booking");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        driver.findElement(By.id("cancel")).click();

        // The cancel form posts and the page is replaced: an element found on the old page goes stale.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(
                ExpectedConditions.attributeToBe(By.id("booking"), "data-status", "CANCELLED"));
        chromium.screenshot("manage-booking-cancelled");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        assertThat(driver.findElement(By.id("main")).getText()).contains("Your booking is cancelled.");
        assertThat(api.get(booking).json().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void anIncompleteFormSaysWhatIsMissingOnThePage() {
        WebDriver driver = chromium.driver();
        Slot slot = slots.next();

        new BookingPage(driver, baseUrl).choose(BookingRequest.SERVICE_CODE, slot).details(client()).book();

        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        chromium.screenshot("booking-missing-answers");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        assertThat(driver.findElement(By.id("error-summary")).getText())
                .contains("Please answer: Have you had any new problems with your bowel or bladder?")
                .contains("Please tick the box to let us check your answers.");
    }
}
