package studio.vive.booking.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The booking form shares the booking API's per-address limit and says so on a page. */
@MicronautTest(transactional = false)
class BookingFormRateLimitIT extends WebTest {

    private static final int LIMIT = 2;

    @Override
    String databaseName() {
        return "booking_web_rate_limit";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.rate-limit.limits.bookings.requests", String.valueOf(LIMIT));
        properties.put("vive.rate-limit.limits.bookings.period", "10m");
        return properties;
    }

    @Test
    void postsBeyondTheLimitGetAReadablePageWithRetryAfter() {
        Browser browser = browser();
        browser.get("/");
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(303, browser.submit("/book", completeForm(freeSlot("ava"), "Ada Lovelace")).status());
        }

        Browser.Page refused = browser.submit("/book", completeForm(freeSlot("ava"), "Ada Lovelace"));

        assertEquals(429, refused.status());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.body().contains("Too many booking attempts"));
        assertTrue(refused.header("Retry-After").isPresent());
    }
}
