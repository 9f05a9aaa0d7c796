package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingStatus;

/**
 * "Change time" from the manage page (issue 16): the day's free times as a plain form, a choice
 * that moves the booking at once, and a refusal explained on the page with the booking unchanged.
 */
@MicronautTest(transactional = false)
class ChangeTimePageIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.forLanguageTag("en-AU"));

    @Override
    String databaseName() {
        return "booking_web_change";
    }

    /** A confirmed booking, with its id and token. */
    private record Held(UUID id, String token) {
        String manage() {
            return "/manage/" + id + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }

        String change(Slot on) {
            return "/manage/" + id + "/change?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + "&date=" + on.startsAt().toLocalDate();
        }
    }

    private Held confirmed() {
        Browser client = browser();
        UUID id = bookThroughThePage(client, freeSlot("noah"), "Ada Lovelace");
        String token = client.cookie("vive_booking", "/booking/" + id).orElseThrow();
        clear(id);
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.CONFIRMED);
        return new Held(id, token);
    }

    @Test
    void theManagePageOffersToChangeTheTimeOfAConfirmedBooking() {
        Held booking = confirmed();

        Browser.Page page = browser().get(booking.manage());

        assertTrue(page.body().contains("id=\"change-time\""), page.body());
        assertTrue(page.body().contains("Change time"));
    }

    @Test
    void theChangePageListsTheFreeTimesOfTheChosenDayWithTheirTherapist() {
        Held booking = confirmed();
        Slot free = freeSlot("noah");

        Browser.Page page = browser().get(booking.change(free));

        assertEquals(200, page.status());
        assertTrue(page.body().contains(label(free) + " with Noah Williams"), page.body());
    }

    @Test
    void choosingAFreeTimeMovesTheBookingAndTheManagePageSaysSo() {
        Held booking = confirmed();
        Slot free = freeSlot("noah");
        Browser browser = browser();
        browser.get(booking.change(free));

        Browser.Page done = browser.submit("/manage/" + booking.id() + "/change",
                Map.of("token", booking.token(), "slot", "noah|" + free.startsAt()));

        assertEquals(303, done.status(), done.body());
        Booking moved = bookings.findById(booking.id()).orElseThrow();
        assertEquals(free.startsAt().toInstant(), moved.startsAt());
        assertEquals(BookingStatus.PENDING_SCREENING, moved.status());
        assertTrue(browser.get(done.location()).body().contains("Your booking has moved."));
    }

    @Test
    void aTimeTakenMeanwhileIsExplainedOnThePageAndTheBookingStaysAsItWas() {
        Held booking = confirmed();
        Slot taken = freeSlot("noah");
        Browser browser = browser();
        browser.get(booking.change(taken));
        bookThroughThePage(browser(), taken, "Grace Hopper");

        Browser.Page refused = browser.submit("/manage/" + booking.id() + "/change",
                Map.of("token", booking.token(), "slot", "noah|" + taken.startsAt()));

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("That time has just been booked"), refused.body());
        assertEquals(BookingStatus.CONFIRMED, bookings.findById(booking.id()).orElseThrow().status());
    }

    @Test
    void sendingWithoutChoosingATimeAsksForOne() {
        Held booking = confirmed();
        Browser browser = browser();
        browser.get(booking.change(freeSlot("noah")));

        Browser.Page refused = browser.submit("/manage/" + booking.id() + "/change", Map.of("token", booking.token()));

        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Please choose one of the free times."));
    }

    @Test
    void movingWithoutTheAntiForgeryTokenChangesNothing() {
        Held booking = confirmed();
        Slot free = freeSlot("noah");
        Browser browser = browser();
        browser.get(booking.change(free));

        Browser.Page refused = browser.postForm("/manage/" + booking.id() + "/change",
                Map.of("token", booking.token(), "slot", "noah|" + free.startsAt()));

        assertEquals(403, refused.status());
        assertEquals(BookingStatus.CONFIRMED, bookings.findById(booking.id()).orElseThrow().status());
    }

    @Test
    void aWrongTokenShowsTheReadableNotFoundPage() {
        Held booking = confirmed();

        Browser.Page page = browser().get("/manage/" + booking.id() + "/change?token=not-the-token");

        assertEquals(404, page.status());
        assertTrue(page.body().contains("We could not find this booking"));
    }

    private String label(Slot slot) {
        return CLOCK.format(slot.startsAt().atZoneSameInstant(time.zone())).toLowerCase(Locale.ROOT);
    }
}
