package studio.vive.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.screening.support.AdminTokens;
import studio.vive.testsupport.SharedInfrastructure;

/** The service starts on real infrastructure, applies its migrations and reports itself healthy. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningServiceIT implements TestPropertyProvider {

    /** The scrape token of application-test.yml. */
    private static final String SCRAPE_TOKEN = "test-metrics-scrape-token-0123456789-abcdef";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TransactionOperations<Connection> database;

    @Override
    public Map<String, String> getProperties() {
        return SharedInfrastructure.get().serviceProperties("screening_service");
    }

    @Test
    void healthShowsAnAnonymousCallerItsStatusButNoComponentDetails() {
        JsonNode health = http.toBlocking().retrieve(HttpRequest.GET("/health"), JsonNode.class);

        assertEquals("UP", health.get("status").getStringValue());
        assertNull(health.get("details"));
    }

    @Test
    void healthShowsAnAuthenticatedCallerKafkaAndTheDatabaseUp() {
        JsonNode health = http.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(AdminTokens.admin()),
                JsonNode.class);

        assertEquals("UP", health.get("status").getStringValue());
        assertEquals("UP", health.get("details").get("kafka").get("status").getStringValue());
        assertEquals("UP", health.get("details").get("jdbc").get("status").getStringValue());
    }

    @Test
    void readinessAnswersAnonymously() {
        // docker-compose.yml and the image's HEALTHCHECK probe /health/readiness without a token.
        JsonNode readiness = http.toBlocking().retrieve(HttpRequest.GET("/health/readiness"), JsonNode.class);

        assertEquals("UP", readiness.get("status").getStringValue());
    }

    @Test
    void theMessagingAndTheServiceMigrationsAreApplied() {
        List<String> versions = database.executeRead(status -> {
            List<String> applied = new ArrayList<>();
            try (ResultSet rows = status.getConnection().createStatement().executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                }
            }
            return applied;
        });

        assertEquals(List.of("0.1", "0.2", "0.3", "1", "40", "50", "60"), versions);
    }

    @Test
    void prometheusExposesTheOutboxDepthGauge() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(SCRAPE_TOKEN));

        assertTrue(metrics.contains("vive_outbox_depth"), metrics);
        assertTrue(metrics.contains("vive_outbox_lag_seconds"), metrics);
    }

    @Test
    void prometheusRefusesACallerWithoutTheScrapeToken() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/prometheus").bearerAuth(SCRAPE_TOKEN + "-wrong")));

        assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
    }

    @Test
    void prometheusAnswersAnAdminStaffToken() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(AdminTokens.admin()));

        assertTrue(metrics.contains("vive_outbox_depth"), metrics);
    }
}
