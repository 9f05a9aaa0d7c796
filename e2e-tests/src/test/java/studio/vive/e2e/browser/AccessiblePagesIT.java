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
import studio.vive.e2e.stack.StaffAccounts;

/**
 * Every staff and client page, with content in it, passes axe-core's WCAG 2.1 A/AA check (no
 * serious or critical violation). The Studio pages and the therapist's time-off page are checked
 * where their own browser tests use them.
 */
@E2eTest
class AccessiblePagesIT {

    /** Booking and screening over Kafka, with room for a slow CI. */
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(45);

    private final String baseUrl;
    private final BookingApi api;
    private final SlotPlanner slots;
    private AcceptedBooking confirmed;
    private Slot confirmedSlot;
    private Chromium chromium;

    AccessiblePagesIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.api = new BookingApi(stack.booking());
        this.slots = new SlotPlanner(api);
    }

    /** A confirmed booking and a referral, so the agenda, the email log and the dashboard have rows. */
    @BeforeAll
    void bookAndOpenBrowser() {
        confirmedSlot = slots.next();
        confirmed = book(confirmedSlot, ScreeningCase.CLEARED);
        AcceptedBooking referred = book(slots.next(), ScreeningCase.LEG_PAIN_BELOW_KNEE);
        awaitStatus(confirmed, "CONFIRMED");
        awaitStatus(referred, "REFERRED");
        chromium = new Chromium("accessibility", Chromium.DESKTOP);
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    private AcceptedBooking book(Slot slot, ScreeningCase screening) {
        return api.book(BookingRequest.of(slot, screening, Client.bornOn(LocalDate.of(1982, 3, 14))))
                .orElseThrow(() -> new AssertionError("booking-service refused the booking of " + slot));
    }

    private void awaitStatus(AcceptedBooking booking, String status) {
        await("booking " + booking.id() + " " + status).atMost(DECIDED_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> status.equals(api.get(booking).json().path("status").asText()));
    }

    private WebDriver signedIn(String username, String home) {
        WebDriver driver = chromium.driver();
        driver.manage().deleteAllCookies();
        StaffPages.signIn(driver, baseUrl, username, home);
        return driver;
    }

    @Test
    void theStaffSignInPageAndItsErrorAreAccessible() {
        WebDriver driver = chromium.driver();
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/staff/login");
        AccessibilityCheck.assertNoSeriousViolations(driver);

        driver.findElement(By.id("username")).sendKeys(StaffAccounts.ADMIN);
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[role='alert']")));
        chromium.screenshot("a11y-staff-login-refused");
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void theReferralDashboardIsAccessible() {
        WebDriver driver = signedIn(StaffAccounts.ADMIN, "/staff/referrals");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.id("dashboard"), "data-live", "true"));
        chromium.screenshot("a11y-referrals");
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void theEmailDeliveryLogIsAccessible() {
        WebDriver driver = signedIn(StaffAccounts.ADMIN, "/staff/referrals");
        driver.get(baseUrl + "/staff/notifications");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        driver.get(baseUrl + "/staff/notifications?bookingId=" + confirmed.id());
        chromium.screenshot("a11y-notifications");
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void theEmailDeliveryLogShowsTheBookingsEmailsFromNotificationService() {
        WebDriver driver = signedIn(StaffAccounts.ADMIN, "/staff/referrals");
        driver.get(baseUrl + "/staff/notifications?bookingId=" + confirmed.id());
        await("the confirmation in the delivery log").atMost(DECIDED_WITHIN).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    driver.navigate().refresh();
                    assertThat(driver.findElements(By.cssSelector("[role=alert]"))).as("problem notices").isEmpty();
                    assertThat(driver.findElement(By.tagName("main")).getText()).contains("client confirmation", "SENT");
                });
    }

    @Test
    void theStrandedBookingsPageIsAccessible() {
        WebDriver driver = signedIn(StaffAccounts.ADMIN, "/staff/referrals");
        driver.get(baseUrl + "/staff/stranded");
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void theTherapistsAgendaByDayAndWeekIsAccessible() {
        WebDriver driver = signedIn(confirmedSlot.therapistId(), "/staff/agenda");
        LocalDate day = confirmedSlot.startsAt().toLocalDate();
        driver.get(baseUrl + "/staff/agenda?view=day&date=" + day);
        AccessibilityCheck.assertNoSeriousViolations(driver);
        driver.get(baseUrl + "/staff/agenda?view=week&date=" + day);
        chromium.screenshot("a11y-agenda-week");
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void theForbiddenPageATherapistIsSentToIsAccessible() {
        WebDriver driver = signedIn(StaffAccounts.THERAPISTS[0], "/staff/agenda");
        driver.get(baseUrl + "/staff/referrals");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/staff/forbidden"));
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void theClientsManagePageIsAccessible() {
        WebDriver driver = chromium.driver();
        driver.get(baseUrl + "/manage/" + confirmed.id() + "?token="
                + URLEncoder.encode(confirmed.accessToken(), StandardCharsets.UTF_8));
        AccessibilityCheck.assertNoSeriousViolations(driver);
    }
}
