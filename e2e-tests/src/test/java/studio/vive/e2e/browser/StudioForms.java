package studio.vive.e2e.browser;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import studio.vive.e2e.booking.SlotPlanner;

/** Filling the staff pages' time-off forms as a person does, by their labelled fields. */
final class StudioForms {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private StudioForms() {
    }

    /** Types a range and reason into the time-off form of the page shown, in studio time. */
    static void timeOff(WebDriver driver, OffsetDateTime from, OffsetDateTime until, String reason) {
        // a datetime-local input's typing differs by locale; set its value as the picker would
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('startsAt').value = arguments[0];"
                        + "document.getElementById('endsAt').value = arguments[1];",
                studioLocal(from), studioLocal(until));
        WebElement field = driver.findElement(By.id("reason"));
        field.clear();
        field.sendKeys(reason);
    }

    private static String studioLocal(OffsetDateTime at) {
        return at.atZoneSameInstant(SlotPlanner.STUDIO_ZONE).toLocalDateTime().format(LOCAL);
    }
}
