package studio.vive.booking.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Staff sign-in attempts are limited per client address, on the sign-in page and on
 * {@code POST /login} together, so a password cannot be guessed at speed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffLoginRateLimitIT extends WebTest {

    private static final int LIMIT = 3;

    @Override
    String databaseName() {
        return "booking_web_login_limit";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.rate-limit.limits.staff-sign-in.requests", String.valueOf(LIMIT));
        properties.put("vive.rate-limit.limits.staff-sign-in.period", "1h");
        return properties;
    }

    @Test
    void signInAttemptsBeyondTheLimitAreRefusedOnThePageAndOnTheApiAlike() throws Exception {
        Browser browser = browser();
        browser.get("/staff/login");
        for (int i = 0; i < LIMIT; i++) {
            Browser.Page guess = browser.submit("/staff/login", Map.of("username", ADMIN, "password", "guess-" + i));
            assertTrue(guess.status() != 429, "attempt " + (i + 1) + " is within the limit: " + guess.status());
        }

        Browser.Page page = browser.submit("/staff/login", Map.of("username", ADMIN, "password", PASSWORD));
        HttpResponse<String> api = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURI() + "/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(429, page.status());
        assertTrue(page.body().contains("Too many sign-in attempts"), page.body());
        assertTrue(page.headers().containsKey("retry-after"), page.headers().toString());
        assertEquals(429, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(api.headers().firstValue("Retry-After").isPresent());
    }
}
