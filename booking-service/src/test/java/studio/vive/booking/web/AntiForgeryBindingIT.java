package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.web.csrf.CsrfTokens;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/**
 * The anti-forgery token is bound to the staff session, lives in a {@code __Host-} cookie, and
 * the API skips it only for a request its bearer token really authenticated (issue 13, item 6).
 */
@MicronautTest(transactional = false)
class AntiForgeryBindingIT extends WebTest {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Override
    String databaseName() {
        return "booking_web_csrf_binding";
    }

    private UUID referral() {
        UUID id = bookThroughThePage(browser(), freeSlot("ava"), "Ada Lovelace");
        refer(id, Tier.REFERRAL, List.of(new Reason("RF-TEST", "csrf test")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.REFERRED);
        return id;
    }

    @Test
    void theAntiForgeryCookieIsHostPrefixedSecureAndForTheWholeSite() {
        String cookie = browser().get("/").all("Set-Cookie").stream()
                .filter(c -> c.startsWith(CsrfTokens.COOKIE + "=")).findFirst().orElseThrow();

        assertTrue(cookie.startsWith("__Host-"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.toLowerCase().contains("domain="), cookie);
    }

    @Test
    void aPairTakenFromAnAnonymousPageAndPlantedInAStaffBrowserIsRefused() {
        UUID id = referral();
        Browser attacker = browser();
        attacker.get("/");
        Browser admin = signedIn(ADMIN);
        admin.plantCookie(CsrfTokens.COOKIE, attacker.cookie(CsrfTokens.COOKIE, "/").orElseThrow());

        Browser.Page forged = admin.post("/api/admin/referrals/" + id + "/follow-up",
                Map.of("X-CSRF-Token", attacker.csrfToken()));

        assertEquals(403, forged.status());
    }

    @Test
    void theStaffMembersOwnTokenIsAccepted() {
        UUID id = referral();
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");

        Browser.Page accepted = admin.post("/api/admin/referrals/" + id + "/follow-up",
                Map.of("X-CSRF-Token", admin.csrfToken()));

        assertEquals(200, accepted.status());
    }

    @Test
    void anAuthorizationHeaderThatIsNoBearerTokenDoesNotExemptARequestRidingOnTheSession() {
        UUID id = referral();
        Browser admin = signedIn(ADMIN);

        Browser.Page refused = admin.post("/api/admin/referrals/" + id + "/follow-up",
                Map.of("Authorization", "Basic d2ViLWFkbWluOng="));

        assertEquals(403, refused.status());
    }

    @Test
    void aValidBearerTokenNeedsNoAntiForgeryTokenEvenBesideASessionCookie() throws Exception {
        UUID id = referral();
        Browser admin = signedIn(ADMIN);

        Browser.Page accepted = admin.post("/api/admin/referrals/" + id + "/follow-up",
                Map.of("Authorization", "Bearer " + bearerToken()));

        assertEquals(200, accepted.status());
    }

    private String bearerToken() throws Exception {
        HttpRequest login = HttpRequest.newBuilder(server.getURI().resolve(URI.create("/login")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(login, HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        assertTrue(token.find(), response.body());
        return token.group(1);
    }
}
