package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
 * The admin's Studio page in a real Chromium at a phone's width: time off over a confirmed booking
 * lists the conflict, cancelling on the studio's behalf resolves it, a wrong form says what is
 * wrong; every state passes the accessibility check.
 */
@E2eTest
class StudioInTheBrowserIT {

    /** A small phone held upright. */
    static final Dimension SMALL_PHONE = new Dimension(390, 844);
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(45);
    private static final Duration PAGE = Duration.ofSeconds(15);

    private final String baseUrl;
    private final BookingApi api;
    private final SlotPlanner slots;

    StudioInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.api = new BookingApi(stack.booking());
        this.slots = new SlotPlanner(api);
    }

    private AcceptedBooking confirmedBooking(Slot slot) {
        AcceptedBooking booking = api.book(BookingRequest.of(slot, ScreeningCase.CLEARED,
                Client.bornOn(LocalDate.of(1975, 9, 9)))).orElseThrow(() -> new AssertionError("refused: " + slot));
        await("booking " + booking.id() + " confirmed").atMost(DECIDED_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> "CONFIRMED".equals(api.get(booking).json().path("status").asText()));
        return booking;
    }

    @Test
    void anAdminAddsTimeOffOverABookingSeesTheConflictAndResolvesItByCancelling() {
        Slot slot = slots.next();
        AcceptedBooking booking = confirmedBooking(slot);
        try (Chromium chromium = new Chromium("studio", SMALL_PHONE)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, StaffAccounts.ADMIN, "/staff/referrals");
            driver.get(baseUrl + "/staff/studio");
            AccessibilityCheck.assertNoSeriousViolations(driver);

            new Select(driver.findElement(By.id("therapistId"))).selectByValue(slot.therapistId());
            StudioForms.timeOff(driver, slot.startsAt(), slot.endsAt(), "Therapist ill");
            StaffPages.submit(driver, driver.findElement(By.cssSelector("form[action='/staff/studio/time-off'] button")));

            By cancelForm = By.cssSelector("form[action='/staff/studio/bookings/" + booking.id() + "/cancel']");
            assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).startsWith("Time off added");
            assertThat(driver.findElements(cancelForm)).hasSize(1);
            chromium.screenshot("studio-conflict-phone");
            AccessibilityCheck.assertNoSeriousViolations(driver);

            WebElement form = driver.findElement(cancelForm);
            form.findElement(By.id("reason-" + booking.id())).sendKeys("Your therapist is ill; sorry");
            StaffPages.submit(driver, form.findElement(By.cssSelector("button[type='submit']")));

            assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).startsWith("Booking cancelled");
            assertThat(driver.findElements(cancelForm)).isEmpty();
            chromium.screenshot("studio-conflict-resolved-phone");
            AccessibilityCheck.assertNoSeriousViolations(driver);
            assertThat(api.get(booking).json().path("status").asText()).isEqualTo("CANCELLED");
            assertThat(fitsTheScreen(driver)).as("no sideways scrolling at a phone's width").isTrue();
        }
    }

    @Test
    void anAdminResolvesAConflictByMovingTheBookingToAColleagueFreeThen() {
        List<Slot> pair = slots.twoTherapistsAtOneTime();
        Slot slot = pair.get(0);
        String colleague = pair.get(1).therapistId();
        AcceptedBooking booking = confirmedBooking(slot);
        try (Chromium chromium = new Chromium("studio-reassign", SMALL_PHONE)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, StaffAccounts.ADMIN, "/staff/referrals");
            driver.get(baseUrl + "/staff/studio");
            new Select(driver.findElement(By.id("therapistId"))).selectByValue(slot.therapistId());
            StudioForms.timeOff(driver, slot.startsAt(), slot.endsAt(), "Course");
            StaffPages.submit(driver, driver.findElement(By.cssSelector("form[action='/staff/studio/time-off'] button")));

            By moveForm = By.cssSelector("form[action='/staff/studio/bookings/" + booking.id() + "/reassign']");
            WebElement form = driver.findElement(moveForm);
            new Select(form.findElement(By.id("colleague-" + booking.id()))).selectByValue(colleague);
            chromium.screenshot("studio-reassign-phone");
            AccessibilityCheck.assertNoSeriousViolations(driver);
            StaffPages.submit(driver, form.findElement(By.cssSelector("button[type='submit']")));

            assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).startsWith("Booking moved");
            assertThat(driver.findElements(moveForm)).isEmpty();
            chromium.screenshot("studio-reassigned-phone");
            AccessibilityCheck.assertNoSeriousViolations(driver);
            assertThat(api.get(booking).json().path("therapistId").asText()).isEqualTo(colleague);
            assertThat(api.get(booking).json().path("status").asText()).isEqualTo("CONFIRMED");
        }
    }

    @Test
    void aWrongTimeOffFormSaysWhatIsWrongOnThePage() {
        Slot slot = slots.next();
        try (Chromium chromium = new Chromium("studio-error", SMALL_PHONE)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, StaffAccounts.ADMIN, "/staff/referrals");
            driver.get(baseUrl + "/staff/studio");

            StudioForms.timeOff(driver, slot.endsAt(), slot.startsAt(), "Renovation");
            StaffPages.submit(driver, driver.findElement(By.cssSelector("form[action='/staff/studio/time-off'] button")));

            WebElement summary = new WebDriverWait(driver, PAGE).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(summary.getText()).contains("The time off was not added").contains("endsAt must be after startsAt");
            assertThat(driver.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Renovation");
            chromium.screenshot("studio-error-phone");
            AccessibilityCheck.assertNoSeriousViolations(driver);
        }
    }

    static boolean fitsTheScreen(WebDriver driver) {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
