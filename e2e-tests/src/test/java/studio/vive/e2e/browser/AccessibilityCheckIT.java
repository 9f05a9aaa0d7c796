package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/** The accessibility check itself, on pages made to break (or keep) WCAG rules; no platform needed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityCheckIT {

    private Chromium chromium;

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium("accessibility-check", Chromium.DESKTOP);
    }

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    private WebDriver show(String body) {
        WebDriver driver = chromium.driver();
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html lang=\"en\"><head>"
                + "<title>Check</title></head><body><main><h1>Check</h1>" + body + "</main></body></html>",
                StandardCharsets.UTF_8).replace("+", "%20"));
        return driver;
    }

    @Test
    void aPageWithoutViolationsPasses() {
        WebDriver driver = show("<form><label for=\"n\">Name</label><input id=\"n\"></form>");

        AccessibilityCheck.assertNoSeriousViolations(driver);
    }

    @Test
    void aFailureNamesTheRuleItsImpactAndTheElements() {
        WebDriver driver = show("<img src=\"x.png\" id=\"photo\"><form><input id=\"unlabelled\"></form>");

        assertThatThrownBy(() -> AccessibilityCheck.assertNoSeriousViolations(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)").hasMessageContaining("#photo")
                .hasMessageContaining("label (critical)").hasMessageContaining("#unlabelled");
    }

    @Test
    void lowContrastTextIsASeriousViolation() {
        WebDriver driver = show("<p id=\"faint\" style=\"color:#bbb;background:#fff\">Hard to read</p>");

        assertThat(AccessibilityCheck.seriousViolations(driver))
                .anySatisfy(v -> assertThat(v.id()).isEqualTo("color-contrast"));
    }
}
