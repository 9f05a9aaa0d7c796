package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.vive.booking.support.LoopbackClient;
import studio.vive.booking.support.LoopbackClient.Answer;
import studio.vive.booking.support.ServiceTest;

/**
 * With no trusted proxy (the default), each connection address is a client of its own: the
 * reproductions of issue 13. Every test speaks from loopback addresses of its own.
 */
@MicronautTest(transactional = false)
class ClientAddressRateLimitIT extends ServiceTest {

    private static final int BOOKINGS = 10;
    private static final int SIGN_INS = 3;
    private static final String INVALID_BOOKING = "{}";

    private LoopbackClient client;

    @Override
    protected String databaseName() {
        return "booking_rate_limit_clients";
    }

    @Override
    protected Map<String, String> extraProperties() {
        // the default budget size; a long period, so no token comes back while a test runs
        return Map.of("vive.rate-limit.limits.bookings.requests", String.valueOf(BOOKINGS),
                "vive.rate-limit.limits.bookings.period", "1h",
                "vive.rate-limit.limits.staff-sign-in.requests", String.valueOf(SIGN_INS),
                "vive.rate-limit.limits.staff-sign-in.period", "1h");
    }

    @BeforeAll
    void loopbackClient() {
        client = new LoopbackClient(server.getPort());
    }

    @Test
    void aClientOverItsBudgetLeavesOtherLoopbackAddressesTheirOwn() {
        for (int i = 0; i < BOOKINGS; i++) {
            assertThat(book("127.0.0.1", Map.of()).status()).as("request %d", i + 1).isEqualTo(400);
        }

        assertThat(book("127.0.0.1", Map.of()).status()).isEqualTo(429);
        assertThat(book("127.0.0.2", Map.of()).status()).isEqualTo(400);
        assertThat(book("127.0.0.3", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aForwardingHeaderIsIgnoredWithoutATrustedProxy() {
        for (int i = 0; i < BOOKINGS; i++) {
            assertThat(book("127.0.0.4", Map.of("X-Forwarded-For", "203.0.113." + i)).status()).isEqualTo(400);
        }

        Answer refused = book("127.0.0.4", Map.of("X-Forwarded-For", "203.0.113.200"));

        assertThat(refused.status()).isEqualTo(429);
    }

    @ParameterizedTest(name = "{0} {1}/")
    @CsvSource({
            "127.0.1.1, /api/bookings, application/json, '{}', 10, application/problem+json",
            "127.0.1.2, /book, application/x-www-form-urlencoded, name=x, 10, text/html",
            "127.0.1.3, /login, application/json, '{}', 3, application/problem+json",
            "127.0.1.4, /staff/login, application/x-www-form-urlencoded, username=x, 3, text/html"})
    void aTrailingSlashIsLimitedLikeTheRouteItReaches(String from, String route, String contentType, String body,
                                                     int budget, String refusalType) {
        for (int i = 0; i < budget; i++) {
            assertThat(client.post(from, route, contentType, body, Map.of()).status()).isNotEqualTo(429);
        }

        Answer refused = client.post(from, route + "/", contentType, body, Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(refusalType));
        assertThat(refused.header("Retry-After")).isPresent();
    }

    @Test
    void aTrailingSlashCountsAgainstTheSameBudget() {
        for (int i = 0; i < SIGN_INS; i++) {
            assertThat(client.postJson("127.0.1.5", "/login/", INVALID_BOOKING, Map.of()).status()).isNotEqualTo(429);
        }

        assertThat(client.postJson("127.0.1.5", "/login", INVALID_BOOKING, Map.of()).status()).isEqualTo(429);
    }

    private Answer book(String from, Map<String, String> headers) {
        return client.postJson(from, "/api/bookings", INVALID_BOOKING, headers);
    }
}
