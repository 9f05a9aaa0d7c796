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

/** Staff in a real Chromium: the admin's live referral dashboard and a therapist's agenda. */
@E2eTest
class StaffInTheBrowserIT {

    private static final Duration LIVE = Duration.ofSeconds(15);
    /** Booking, screening over Kafka and the stream's push to the browser, with room for a slow CI. */
    private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(45);

    private final String baseUrl;
    private final BookingApi api;
    private final SlotPlanner slots;

    StaffInTheBrowserIT(PlatformStack stack) {
        this.baseUrl = "http://127.0.0.1:" + stack.booking().baseUri().getPort();
        this.api = new BookingApi(stack.booking());
        this.slots = new SlotPlanner(api);
    }

    private AcceptedBooking book(Slot slot, ScreeningCase screening, Client client) {
        return api.book(BookingRequest.of(slot, screening, client))
                .orElseThrow(() -> new AssertionError("booking-service refused the booking of " + slot));
    }

    @Test
    void anAdminSeesANewReferralAppearOnTheDashboardWithoutReloading() {
        try (Chromium chromium = new Chromium("admin", Chromium.DESKTOP)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, StaffAccounts.ADMIN, "/staff/referrals");
            new WebDriverWait(driver, LIVE).until(ExpectedConditions.attributeToBe(By.id("dashboard"), "data-live", "true"));
            // survives only as long as the page is not reloaded
            ((JavascriptExecutor) driver).executeScript("window.sameDocument = 'yes';");
            Slot slot = slots.next();
            Client client = Client.bornOn(LocalDate.of(1979, 2, 2));

            AcceptedBooking referred = book(slot, ScreeningCase.LEG_PAIN_BELOW_KNEE, client);

            WebElement entry = new WebDriverWait(driver, ARRIVES_WITHIN).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("referral-" + referred.id())));
            chromium.screenshot("admin-live-referral");
        AccessibilityCheck.assertNoSeriousViolations(driver);
            assertThat(((JavascriptExecutor) driver).executeScript("return window.sameDocument;")).isEqualTo("yes");
            assertThat(entry.getText()).contains(client.name()).contains("Urgent");
        }
    }

    @Test
    void aTherapistSeesTheClearedBookingOnTheAgenda() {
        Slot slot = slots.next();
        Client client = Client.bornOn(LocalDate.of(1990, 10, 5));
        AcceptedBooking booking = book(slot, ScreeningCase.CLEARED, client);
        await("booking " + booking.id() + " confirmed").atMost(ARRIVES_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> "CONFIRMED".equals(api.get(booking).json().path("status").asText()));

        try (Chromium chromium = new Chromium("therapist", Chromium.DESKTOP)) {
            WebDriver driver = chromium.driver();
            StaffPages.signIn(driver, baseUrl, slot.therapistId(), "/staff/agenda");
            driver.get(baseUrl + "/staff/agenda?view=week&date=" + slot.startsAt().toLocalDate());

            String agenda = driver.findElement(By.id("main")).getText();
            chromium.screenshot("therapist-agenda-week");
        AccessibilityCheck.assertNoSeriousViolations(driver);
            assertThat(agenda).contains(client.name()).contains("Cause given: Sport injury");
            driver.get(baseUrl + "/staff/agenda?view=day&date=" + slot.startsAt().toLocalDate());
            assertThat(driver.findElement(By.id("main")).getText()).contains(client.name());
        }
    }
}
