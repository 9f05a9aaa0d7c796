package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Durations;
import studio.vive.booking.booking.BookingPolicy;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.web.BookingSummaries.BookingSummary;

/** The manage-booking page of the confirmation email's link: see the booking, cancel it, and when not. */
@MicronautTest(transactional = false)
class ManageBookingPageIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    BookingSummaries summaries;
    @Inject
    BookingPolicy policy;

    private String windowInWords() {
        return Durations.inWords(policy.cancellationWindow());
    }

    @Override
    String databaseName() {
        return "booking_web_manage";
    }

    /** A confirmed booking and the manage address its client can open. */
    private String confirmedManageLink() {
        Browser client = browser();
        UUID id = bookThroughThePage(client, freeSlot("noah"), "Ada Lovelace");
        String token = client.cookie("vive_booking", "/booking/" + id).orElseThrow();
        clear(id);
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.CONFIRMED);
        return "/manage/" + id + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Test
    void theManageLinkShowsTheBookingAndUntilWhenItCanBeCancelledOnline() {
        Browser.Page page = browser().get(confirmedManageLink());

        assertEquals(200, page.status());
        assertTrue(page.body().contains("Confirmed"));
        assertTrue(page.body().contains("Noah"), page.body());
        assertTrue(page.body().contains("You can cancel online until"));
        assertTrue(page.body().contains("which is " + windowInWords() + " before your appointment"), page.body());
        assertTrue(page.body().contains("Cancel this booking"));
    }

    @Test
    void theCancelButtonCancelsTheBookingAndSaysSo() {
        String link = confirmedManageLink();
        Browser browser = browser();
        browser.get(link);
        UUID id = UUID.fromString(link.substring("/manage/".length(), link.indexOf('?')));
        String token = java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);

        Browser.Page done = browser.submit("/manage/" + id + "/cancel", Map.of("token", token));

        assertEquals(303, done.status());
        assertEquals(BookingStatus.CANCELLED, bookings.findById(id).orElseThrow().status());
        Browser.Page page = browser.get(done.location());
        assertTrue(page.body().contains("Your booking is cancelled."));
        assertFalse(page.body().contains("Cancel this booking"));
    }

    @Test
    void cancellingWithoutTheAntiForgeryTokenChangesNothing() {
        String link = confirmedManageLink();
        Browser browser = browser();
        browser.get(link);
        UUID id = UUID.fromString(link.substring("/manage/".length(), link.indexOf('?')));
        String token = java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);

        Browser.Page refused = browser.postForm("/manage/" + id + "/cancel", Map.of("token", token));

        assertEquals(403, refused.status());
        assertEquals(BookingStatus.CONFIRMED, bookings.findById(id).orElseThrow().status());
    }

    @Test
    void aWrongTokenShowsAReadableNotFoundPage() {
        String link = confirmedManageLink();

        Browser.Page page = browser().get(link.substring(0, link.indexOf("token=") + 6) + "not-the-token");

        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("We could not find this booking"));
        assertFalse(page.body().contains("Ada Lovelace"));
    }

    @Test
    void theCalendarFileCanBeDownloadedFromTheManagePage() {
        String link = confirmedManageLink();
        String calendar = link.replace("?token=", "/calendar.ics?token=");

        Browser.Page ics = browser().get(calendar, "text/calendar");

        assertEquals(200, ics.status());
        assertTrue(ics.body().contains("BEGIN:VEVENT"));
    }

    @Test
    void insideTheCancellationWindowTheBookingIsNoLongerCancellableOnline() {
        var startsSoon = time.local(time.now().plus(Duration.ofHours(3)));
        BookingView booking = new BookingView(UUID.randomUUID(), BookingStatus.CONFIRMED, SERVICE, "mia", startsSoon,
                startsSoon.plusHours(1), new BookingView.Outcome(studio.vive.contracts.Tier.CLEARED, List.of()));

        BookingSummary summary = summaries.of(booking);

        assertFalse(summary.cancellable());
        assertEquals(windowInWords(), summary.cancelWindow());
    }
}
