package studio.vive.booking.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/** What operators use: health with its dependencies, metrics, the API documentation. */
@MicronautTest(transactional = false)
class OperationsIT extends ServiceTest {

    @Override
    protected String databaseName() {
        return "booking_operations";
    }

    /** The scrape token of application-test.yml. */
    private static final String SCRAPE_TOKEN = "test-metrics-scrape-token-0123456789-abcdef";
    private static final Map<String, String> SCRAPER = Map.of("Authorization", "Bearer " + SCRAPE_TOKEN);

    @Inject
    JwtTokenGenerator tokens;

    @Test
    void healthShowsAnAnonymousCallerItsStatusButNoComponentDetails() {
        Http.Response response = http.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").getStringValue()).isEqualTo("UP");
        assertThat(response.json().get("details")).isNull();
    }

    @Test
    void healthShowsAnAuthenticatedCallerTheDatabaseAndKafkaUp() {
        String token = tokens.generateToken(Map.of("sub", "admin", "roles", List.of("ADMIN"))).orElseThrow();

        Http.Response response = http.get("/health", Map.of("Authorization", "Bearer " + token));

        assertThat(response.status()).isEqualTo(200);
        JsonNode health = response.json();
        assertThat(health.get("status").getStringValue()).isEqualTo("UP");
        assertThat(health.get("details").get("jdbc").get("status").getStringValue()).isEqualTo("UP");
        assertThat(health.get("details").get("kafka").get("status").getStringValue()).isEqualTo("UP");
    }

    @Test
    void readinessAndLivenessAnswerAnonymously() {
        // docker-compose.yml and the image's HEALTHCHECK probe /health/readiness without a token.
        Http.Response readiness = http.get("/health/readiness");
        Http.Response liveness = http.get("/health/liveness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").getStringValue()).isEqualTo("UP");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").getStringValue()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsIncludeHttpAndOutboxMeters() {
        http.get("/api/services");

        Http.Response response = http.get("/prometheus", SCRAPER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("http_server_requests_seconds").contains("vive_outbox");
    }

    @Test
    void prometheusRefusesACallerWithoutAToken() {
        assertThat(http.get("/prometheus").status()).isEqualTo(401);
    }

    @Test
    void prometheusRefusesAWrongScrapeToken() {
        Http.Response response = http.get("/prometheus", Map.of("Authorization", "Bearer " + SCRAPE_TOKEN + "-wrong"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void prometheusAnswersAnAdminStaffToken() {
        String token = tokens.generateToken(Map.of("sub", "admin", "roles", List.of("ADMIN"))).orElseThrow();

        Http.Response response = http.get("/prometheus", Map.of("Authorization", "Bearer " + token));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void prometheusRefusesATherapistStaffToken() {
        String token = tokens.generateToken(Map.of("sub", "mia", "roles", List.of("THERAPIST"))).orElseThrow();

        Http.Response response = http.get("/prometheus", Map.of("Authorization", "Bearer " + token));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void acceptedAndRefusedBookingsAreCounted() {
        http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 10, 0)), Map.of());
        http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 10, 0)), Map.of());

        String metrics = http.get("/prometheus", SCRAPER).body();

        assertThat(metrics).contains("vive_bookings_accepted_total 1.0")
                .containsPattern("vive_bookings_rejected_total\\{reason=\"SLOT_TAKEN\",?\\} 1.0");
    }

    @Test
    void theOpenApiDocumentDescribesTheBookingApi() {
        Http.Response response = http.get("/swagger/vive-studios-booking-service-1.yml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("/api/bookings").contains("/api/availability")
                .contains("/api/admin/referrals");
    }

    @Test
    void swaggerUiIsServedFromTheServiceItself() {
        Http.Response redirect = http.get("/swagger-ui");
        Http.Response page = http.get("/swagger-ui/index.html");

        assertThat(redirect.status()).isEqualTo(303);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger").doesNotContain("unpkg.com").doesNotContain("cdn.jsdelivr");
    }

    @Test
    void anUnknownPathIsAnswered404Problem() {
        Http.Response response = http.get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }
}
