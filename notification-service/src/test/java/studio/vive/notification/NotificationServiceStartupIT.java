package studio.vive.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import studio.vive.notification.support.AdminTokens;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.notification.support.Sql;

/** The service starts against real PostgreSQL, Kafka and SMTP, migrates, and reports healthy. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationServiceStartupIT extends ServiceSpec {

    /** The scrape token of application-test.yml. */
    private static final String SCRAPE_TOKEN = "test-metrics-scrape-token-0123456789-abcdef";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Override
    protected String databaseName() {
        return "notification_startup";
    }

    @Test
    void migrationsCreateTheNotificationLogAndTheMessagingTables() throws Exception {
        List<String> applied = new Sql(dataSource).column(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank");
        assertTrue(applied.containsAll(List.of("0.1", "0.2", "0.3", "1", "2")), "applied: " + applied);
    }

    @Inject
    JwtTokenGenerator tokenGenerator;

    @Test
    void healthShowsAnAnonymousCallerItsStatusButNoComponentDetails() {
        Map<String, Object> health = http.toBlocking().retrieve(HttpRequest.GET("/health"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("UP", health.get("status"));
        assertFalse(health.containsKey("details"), "details: " + health);
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthShowsAnAuthenticatedCallerTheDatabaseAndKafkaUp() {
        String token = new AdminTokens(tokenGenerator).withRoles("ADMIN");
        Map<String, Object> health = http.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
        assertEquals("UP", health.get("status"));
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        assertEquals("UP", ((Map<String, Object>) details.get("jdbc")).get("status"));
        assertEquals("UP", ((Map<String, Object>) details.get("kafka")).get("status"));
    }

    @Test
    void prometheusMetricsArePublished() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(SCRAPE_TOKEN));
        assertTrue(metrics.contains("vive_notification_unconfirmed_window"), "delivery window timer exported");
        assertTrue(metrics.contains("vive_notification_notifications{status=\"PENDING\"}"), "backlog gauge exported");
        assertTrue(metrics.contains("jvm_memory_used_bytes"));
    }

    @Test
    void prometheusRefusesACallerWithoutAToken() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/prometheus")));

        assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
    }

    @Test
    void prometheusAnswersAnAdminStaffToken() {
        String token = new AdminTokens(tokenGenerator).withRoles("ADMIN");

        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(token));

        assertTrue(metrics.contains("jvm_memory_used_bytes"));
    }
}
