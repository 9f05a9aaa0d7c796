package studio.vive.booking.links;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/**
 * notification-service fetches a client's links from booking-service for each email (issue 13):
 * only with its service key, and each link opens the booking like the booking's own token.
 */
@MicronautTest(transactional = false)
class ClientLinksIT extends ServiceTest {

    private static final String KEY = "test-notification-service-key-0123456789-abcdef";

    @Inject
    JwtTokenGenerator staffTokens;

    @Value("${vive.booking.manage-link-grace}")
    Duration grace;

    @Override
    protected String databaseName() {
        return "booking_client_links";
    }

    private Http.Response issue(UUID bookingId, Map<String, String> headers) {
        return http.postEmpty("/api/internal/bookings/" + bookingId + "/client-links", headers);
    }

    private static String tokenOf(String url) {
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    @Test
    void theServiceKeyGetsAManageLinkThatOpensTheBooking() {
        Accepted booking = book("mia", at(3, 9, 0));

        Http.Response response = issue(booking.id(), Map.of("X-Service-Key", KEY));

        assertThat(response.status()).isEqualTo(200);
        String manageUrl = response.json().get("manageUrl").getStringValue();
        assertThat(manageUrl).startsWith("http://localhost:8080/manage/" + booking.id() + "?token=");
        assertThat(show(new Accepted(booking.id(), tokenOf(manageUrl))).status()).isEqualTo(200);
    }

    @Test
    void theRecheckLinkIsTheManagePageWithRecheckAndTheSameToken() {
        Accepted booking = book("mia", at(3, 13, 0));

        Http.Response response = issue(booking.id(), Map.of("X-Service-Key", KEY));

        String manageUrl = response.json().get("manageUrl").getStringValue();
        assertThat(response.json().get("recheckUrl").getStringValue())
                .isEqualTo("http://localhost:8080/manage/" + booking.id() + "/recheck?token=" + tokenOf(manageUrl));
    }

    @Test
    void theLinksExpireWithTheBookingsTokens() {
        OffsetDateTime startsAt = at(4, 9, 0);
        Accepted booking = book("mia", startsAt);

        Http.Response response = issue(booking.id(), Map.of("X-Service-Key", KEY));

        assertThat(Instant.parse(response.json().get("expiresAt").getStringValue()))
                .isEqualTo(startsAt.plusMinutes(60).plus(grace).toInstant());
    }

    @Test
    void everyCallIssuesANewTokenAndEarlierOnesKeepOpeningTheBooking() {
        Accepted booking = book("mia", at(4, 13, 0));

        String first = tokenOf(issue(booking.id(), Map.of("X-Service-Key", KEY)).json().get("manageUrl").getStringValue());
        String second = tokenOf(issue(booking.id(), Map.of("X-Service-Key", KEY)).json().get("manageUrl").getStringValue());

        assertThat(first).isNotEqualTo(second);
        assertThat(show(new Accepted(booking.id(), first)).status()).isEqualTo(200);
        assertThat(show(new Accepted(booking.id(), second)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownBookingIsNotFound() {
        Http.Response response = issue(UUID.randomUUID(), Map.of("X-Service-Key", KEY));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void withoutTheKeyTheCallIsUnauthorised() {
        Accepted booking = book("mia", at(7, 9, 0));

        assertThat(issue(booking.id(), Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aWrongKeyIsUnauthorised() {
        Accepted booking = book("mia", at(7, 13, 0));

        assertThat(issue(booking.id(), Map.of("X-Service-Key", KEY + "-wrong")).status()).isEqualTo(401);
    }

    @Test
    void anAdminStaffTokenCannotFetchAClientsLinks() {
        Accepted booking = book("mia", at(8, 9, 0));
        String admin = staffTokens.generateToken(Map.of("sub", "admin", "roles", List.of("ADMIN"))).orElseThrow();

        assertThat(issue(booking.id(), Map.of("Authorization", "Bearer " + admin)).status()).isEqualTo(403);
    }

    @Test
    void theServiceKeyOpensNoStaffApi() {
        assertThat(http.get("/api/admin/referrals", Map.of("X-Service-Key", KEY)).status()).isEqualTo(403);
    }
}
