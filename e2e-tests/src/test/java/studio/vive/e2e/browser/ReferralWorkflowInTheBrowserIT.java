package studio.vive.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.booking.Tier;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;
import studio.vive.e2e.stack.StaffAccounts;

/**
 * Issue 15 in a real Chromium, without relying on script: the admin moves a referral through its
 * states, records the doctor's clearance, filters the dashboard by state; the client's re-book link
 * opens the booking page with the code filled in.
 */
@E2eTest
class ReferralWorkflowInTheBrowserIT {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(45);
    private static final ScreeningCase FEVER_AND_CANCER = new ScreeningCase("urgent: fever, cancer",
            Tier.URGENT_REFERRAL, java.util.List.of("RF-FEVER", "RF-CANCER"), 44, a -> {
                a.put("persistentFever", true);
                a.put("historyOfCancer", true);
            });

    private final String baseUrl;
    private final BookingApi api;
    private final SlotPlanner slots;

    ReferralWorkflowInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.api = new BookingApi(stack.booking());
        this.slots = studio.vive.e2e.Suite.of(stack).slots();
    }

    @Test
    void anAdminContactsAReferralRecordsTheClearanceAndFiltersByState() {
        AcceptedBooking referral = referred();
        try (Chromium chromium = new Chromium("admin-referral-workflow", Chromium.DESKTOP)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, StaffAccounts.ADMIN, "/staff/referrals");
            driver.get(baseUrl + "/staff/referrals");
            assertThat(entry(driver, referral).getText()).contains("New").contains("RF-FEVER");
            chromium.screenshot("referral-new");

            WebElement stateForm = entry(driver, referral).findElement(By.className("referral-state-form"));
            new Select(stateForm.findElement(By.name("newState"))).selectByValue("CONTACTED");
            stateForm.findElement(By.name("note")).sendKeys("Called: seeing the GP this week");
            StaffPages.submit(driver, stateForm.findElement(By.cssSelector("button[type=submit]")));
            assertThat(entry(driver, referral).getText()).contains("Contacted (admin");
            chromium.screenshot("referral-contacted");

            WebElement clearance = entry(driver, referral).findElement(By.className("clearance-form"));
            clearance.findElement(By.tagName("summary")).click();
            clearance.findElement(By.name("clinician")).sendKeys("Dr Grace Hopper");
            setDate(driver, clearance.findElement(By.name("clearedOn")), today());
            setDate(driver, clearance.findElement(By.name("validUntil")), today().plusDays(60));
            chromium.screenshot("referral-clearance-form");
            StaffPages.submit(driver, clearance.findElement(By.cssSelector("button[type=submit]")));

            String cleared = entry(driver, referral).getText();
            assertThat(cleared).contains("Cleared by doctor").contains("Cleared by Dr Grace Hopper on " + today())
                    .contains("covers RF-CANCER");
            chromium.screenshot("referral-cleared-by-doctor");

            driver.get(baseUrl + "/staff/referrals?state=CLEARED_BY_DOCTOR");
            assertThat(driver.findElements(By.id("referral-" + referral.id()))).hasSize(1);
            chromium.screenshot("referrals-filtered-cleared-by-doctor");
            driver.get(baseUrl + "/staff/referrals?state=NEW");
            assertThat(driver.findElements(By.id("referral-" + referral.id()))).isEmpty();
        }
    }

    @Test
    void theRebookLinkOpensTheBookingPageWithTheCodeFilledIn() {
        try (Chromium chromium = new Chromium("client-rebook", Chromium.DESKTOP)) {
            WebDriver driver = chromium.driver();
            driver.get(baseUrl + "/?clearanceCode=Zq3xV8pLw2Rk7Nc5Ty1Hb9Dm4Fg6Js0AbCdEfGhIjK");

            WebElement code = driver.findElement(By.id("clearanceCode"));
            assertThat(code.getAttribute("value")).isEqualTo("Zq3xV8pLw2Rk7Nc5Ty1Hb9Dm4Fg6Js0AbCdEfGhIjK");
            assertThat(driver.findElement(By.cssSelector("label[for=clearanceCode]")).getText())
                    .isEqualTo("Doctor's clearance code");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", code);
            chromium.screenshot("client-rebook-page");
        }
    }

    private AcceptedBooking referred() {
        BookingRequest request = BookingRequest.of(slots.next(), FEVER_AND_CANCER,
                Client.bornOn(LocalDate.of(1982, 4, 9)));
        AcceptedBooking booking = api.book(request).orElseThrow();
        await("referral decided").atMost(DECIDED_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> "REFERRED".equals(api.get(booking).json().path("status").asText()));
        return booking;
    }

    private static WebElement entry(WebDriver driver, AcceptedBooking referral) {
        return driver.findElement(By.id("referral-" + referral.id()));
    }

    /** Date inputs take typed digits in the browser's locale order: set the ISO value instead. */
    private static void setDate(WebDriver driver, WebElement input, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }

    private static LocalDate today() {
        return LocalDate.now(SlotPlanner.STUDIO_ZONE);
    }
}
