package studio.vive.e2e.browser;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.Slot;

/** The booking page at {@code /} as a client uses it: by its labels and controls, like a person. */
final class BookingPage {

    /** Free times appear from live availability; screening decides within seconds. */
    private static final Duration SLOTS_APPEAR = Duration.ofSeconds(15);

    /** Every yes/no screening question, by its form name. */
    static final List<String> YES_NO_QUESTIONS = List.of("bowelOrBladderProblems", "suddenWeightLoss",
            "persistentFever", "legWeaknessNumbnessTingling", "followedSevereFallOrAccident", "firstEpisode",
            "historyOfCancer", "osteoporosis", "steroidUse", "excessiveDrugOrAlcoholUse");

    private final WebDriver driver;

    BookingPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        driver.get(baseUrl + "/");
    }

    /** Chooses the treatment, the slot's day and therapist, then the slot's time from the live list. */
    BookingPage choose(String serviceCode, Slot slot) {
        new Select(driver.findElement(By.id("service"))).selectByValue(serviceCode);
        // a date input's typing differs by locale; set its value as the date picker would
        ((JavascriptExecutor) driver).executeScript(
                "var d = document.getElementById('date'); d.value = arguments[0];"
                        + "d.dispatchEvent(new Event('change', {bubbles: true}));",
                slot.startsAt().toLocalDate().toString());
        new Select(driver.findElement(By.id("therapist"))).selectByValue(slot.therapistId());
        // the list is rebuilt after each choice: pick the time once the last refresh has finished
        new WebDriverWait(driver, SLOTS_APPEAR).ignoring(StaleElementReferenceException.class).until(d -> {
            if ("true".equals(d.findElement(By.id("slots")).getAttribute("aria-busy"))) {
                return false;
            }
            WebElement time = timeOf(slot.startsAt());
            if (time == null) {
                return false;
            }
            d.findElement(By.cssSelector("label[for='" + time.getAttribute("id") + "']")).click();
            return time.isSelected();
        });
        return this;
    }

    private WebElement timeOf(OffsetDateTime startsAt) {
        for (WebElement input : driver.findElements(By.cssSelector("#slots input[name='startsAt']"))) {
            if (OffsetDateTime.parse(input.getAttribute("value")).toInstant().equals(startsAt.toInstant())) {
                return input;
            }
        }
        return null;
    }

    BookingPage details(Client client) {
        type("name", client.name());
        type("email", client.email());
        type("phone", client.phone());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('dateOfBirth').value = arguments[0];",
                client.dateOfBirth().toString());
        return this;
    }

    /** Answers every question as a client with ordinary muscular back pain would. */
    BookingPage answersWithNoRedFlag() {
        YES_NO_QUESTIONS.forEach(question -> answer(question, "no"));
        answer("legPain", "NONE");
        type("painDurationDays", "4");
        answer("improving", "yes");
        answer("cause", "SPORT_INJURY");
        return this;
    }

    BookingPage answer(String question, String value) {
        driver.findElement(By.cssSelector("label[for='" + question + "-" + value + "']")).click();
        return this;
    }

    BookingPage consent() {
        driver.findElement(By.cssSelector("label[for='consent']")).click();
        return this;
    }

    void book() {
        driver.findElement(By.id("book")).click();
    }

    /** Waits until the outcome page shows {@code outcome} (its {@code data-outcome}) and returns its heading. */
    static String awaitOutcome(WebDriver driver, String outcome, Duration within) {
        new WebDriverWait(driver, within).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outcome[data-outcome='" + outcome + "']")));
        return driver.findElement(By.cssSelector("#outcome h1")).getText();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
