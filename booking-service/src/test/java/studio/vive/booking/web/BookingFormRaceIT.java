package studio.vive.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;

/**
 * The booking form shares the API's hold path: clients submitting the form for one time at once
 * either book it (303 to their outcome page) or get the readable "that time has just been taken"
 * page with their answers kept, never an error page.
 */
@MicronautTest(transactional = false)
class BookingFormRaceIT extends WebTest {

    private static final int ROUNDS = 5;
    private static final int CLIENTS = 12;

    @Override
    String databaseName() {
        return "booking_web_form_race";
    }

    @Test
    void clientsRacingForOneTimeGetOneBookingAndReadableTakenPages() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Browser.Page> pages = race(pool, freeSlot("mia"));

                assertThat(pages).as("round %d", round).allMatch(p -> p.status() == 303 || p.status() == 409);
                assertThat(pages).filteredOn(p -> p.status() == 303).hasSize(1);
                assertThat(pages).filteredOn(p -> p.status() == 409).allMatch(p ->
                        p.body().contains("Sorry, that time has just been booked. Please choose another.")
                                && p.body().contains("value=\"Racing Client\""));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Browser.Page> race(ExecutorService pool, Slot slot) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Browser.Page>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Browser browser = browser();
            browser.get("/");
            Map<String, String> form = completeForm(slot, "Racing Client");
            answers.add(pool.submit(() -> {
                start.await();
                return browser.submit("/book", form);
            }));
        }
        start.countDown();
        List<Browser.Page> pages = new ArrayList<>();
        for (Future<Browser.Page> answer : answers) {
            pages.add(answer.get(60, TimeUnit.SECONDS));
        }
        return pages;
    }
}
