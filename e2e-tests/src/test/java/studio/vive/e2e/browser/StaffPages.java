package studio.vive.e2e.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studio.vive.e2e.stack.StaffAccounts;

/** Signing in to the staff pages as a person does, through the sign-in form. */
final class StaffPages {

    private static final Duration SIGN_IN = Duration.ofSeconds(15);
    private static final Duration NEXT_PAGE = Duration.ofSeconds(15);

    private StaffPages() {
    }

    /** Signs {@code username} in with this run's password and waits for their home page. */
    static void signIn(WebDriver driver, String baseUrl, String username, String homePath) {
        driver.get(baseUrl + "/staff/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(StaffAccounts.passwordOf(username));
        driver.findElement(By.id("sign-in")).click();
        try {
            new WebDriverWait(driver, SIGN_IN).until(ExpectedConditions.urlContains(homePath));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("sign-in of " + username + " did not open " + homePath + "; the page said: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * Submits a form by its button and waits until the browser has left the page: an element looked
     * up any earlier may still be found on the old page and then go stale under the caller.
     */
    static void submit(WebDriver driver, WebElement button) {
        button.click();
        new WebDriverWait(driver, NEXT_PAGE).until(PageLeft.of(button));
    }
}
