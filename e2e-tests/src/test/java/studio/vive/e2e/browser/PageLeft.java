package studio.vive.e2e.browser;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * The browser has left the page an element was on. Selenium's {@code stalenessOf} expects only a
 * {@link StaleElementReferenceException}, but while Chromium swaps documents its inspector can
 * answer "Node with given id does not belong to the document" as a plain
 * {@link WebDriverException}; that means the same thing and failed a CI run of
 * StudioInTheBrowserIT (2026-12-05). Any other error still fails the test.
 */
final class PageLeft {

    private static final String NODE_LEFT_THE_DOCUMENT = "does not belong to the document";

    private PageLeft() {
    }

    /** Holds once {@code element} is no longer in the browser's current document. */
    static ExpectedCondition<Boolean> of(WebElement element) {
        return (WebDriver driver) -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException inTransition) {
                if (inTransition.getMessage() != null && inTransition.getMessage().contains(NODE_LEFT_THE_DOCUMENT)) {
                    return true;
                }
                throw inTransition;
            }
        };
    }
}
