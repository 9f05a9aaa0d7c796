package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/** A therapist manages their own time off in a real Chromium at a phone's width (the page has no script of its own). */
@E2eTest
class OwnTimeOffInTheBrowserIT {

    private static final Duration PAGE = Duration.ofSeconds(15);

    private final String baseUrl;
    private final SlotPlanner slots;

    OwnTimeOffInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.slots = new SlotPlanner(new BookingApi(stack.booking()));
    }

    @Test
    void aTherapistAddsAndRemovesTheirOwnTimeOff() {
        Slot slot = slots.next();
        try (Chromium chromium = new Chromium("own-time-off", StudioInTheBrowserIT.SMALL_PHONE)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, slot.therapistId(), "/staff/agenda");
            driver.findElement(By.linkText("My time off")).click();
            new WebDriverWait(driver, PAGE).until(ExpectedConditions.urlContains("/staff/time-off"));
            AccessibilityCheck.assertNoSeriousViolations(driver);

            StudioForms.timeOff(driver, slot.startsAt(), slot.endsAt(), "Physio appointment");
            StaffPages.submit(driver, driver.findElement(By.id("add-time-off")));

            assertThat(driver.findElement(By.id("notice")).getText()).startsWith("Time off added");
            WebElement entry = driver.findElement(By.cssSelector("#time-off li"));
            assertThat(entry.getText()).contains("Physio appointment");
            chromium.screenshot("own-time-off-phone");
            AccessibilityCheck.assertNoSeriousViolations(driver);
            assertThat(StudioInTheBrowserIT.fitsTheScreen(driver)).as("no sideways scrolling").isTrue();

            StaffPages.submit(driver, entry.findElement(By.cssSelector("button[type='submit']")));

            assertThat(driver.findElement(By.id("notice")).getText()).startsWith("Time off removed");
            assertThat(driver.findElements(By.cssSelector("#time-off li"))).isEmpty();
            AccessibilityCheck.assertNoSeriousViolations(driver);
        }
    }
}
