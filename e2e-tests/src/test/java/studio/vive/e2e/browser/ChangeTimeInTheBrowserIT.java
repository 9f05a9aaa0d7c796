package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * "Change time" (issue 16) in a real Chromium at phone width against the whole platform: from the
 * manage page the client picks a day, sees its free times, moves the booking, and screening
 * confirms it at the new time; every page passes the accessibility check.
 */
@E2eTest
class ChangeTimeInTheBrowserIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    /** Past the 24-hour online cancellation window, which closes moves too. */
    private static final int DAYS_AHEAD = 3;

    private final String baseUrl;
    private final Suite suite;
    private Chromium chromium;

    ChangeTimeInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium("change-time", Chromium.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void aClientMovesTheirBookingToAFreeTimeOfAnotherDayAndScreeningConfirmsIt() {
        Slot from = suite.slots().nextOnOrAfter(LocalDate.now(SlotPlanner.STUDIO_ZONE).plusDays(DAYS_AHEAD));
        Slot to = suite.slots().nextOnOrAfter(from.startsAt().toLocalDate().plusDays(1));
        AcceptedBooking booking = confirmedBooking(from);
        WebDriver driver = chromium.driver();
        driver.get(baseUrl + "/manage/" + booking.id() + "?token="
                + URLEncoder.encode(booking.accessToken(), StandardCharsets.UTF_8));
        AccessibilityCheck.assertNoSeriousViolations(driver);

        driver.findElement(By.id("change-time")).click();
        chooseDay(driver, to.startsAt().toLocalDate());
        chromium.screenshot("change-time-free-times");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        slotFor(driver, to).click();
        driver.findElement(By.id("move")).click();

        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("moved-notice")));
        chromium.screenshot("change-time-moved");
        AccessibilityCheck.assertNoSeriousViolations(driver);
        await("confirmed at the new time").atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> "CONFIRMED".equals(status(booking)));
        assertThat(OffsetDateTime.parse(suite.bookingApi().get(booking).json().path("startsAt").asText()))
                .isAtSameInstantAs(to.startsAt());
    }

    private AcceptedBooking confirmedBooking(Slot slot) {
        AcceptedBooking booking = suite.bookingApi()
                .book(BookingRequest.of(slot, ScreeningCase.CLEARED, Client.bornOn(LocalDate.of(1984, 7, 21))))
                .orElseThrow(() -> new AssertionError("booking-service refused the booking"));
        await("booking " + booking.id() + " confirmed").atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> "CONFIRMED".equals(status(booking)));
        return booking;
    }

    /** Sets the date input as the picker would (its typed format depends on the browser's locale). */
    private static void chooseDay(WebDriver driver, LocalDate day) {
        WebElement date = driver.findElement(By.id("date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", date, day.toString());
        driver.findElement(By.id("show-times")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(PageLeft.of(date));
        assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo(day.toString());
    }

    private static WebElement slotFor(WebDriver driver, Slot slot) {
        for (WebElement radio : driver.findElements(By.cssSelector("input[name='slot']"))) {
            String[] value = radio.getAttribute("value").split("\\|", 2);
            if (value[0].equals(slot.therapistId()) && OffsetDateTime.parse(value[1]).isEqual(slot.startsAt())) {
                return radio;
            }
        }
        throw new AssertionError("no free time offered for " + slot);
    }

    private String status(AcceptedBooking booking) {
        return suite.bookingApi().get(booking).json().path("status").asText();
    }
}
