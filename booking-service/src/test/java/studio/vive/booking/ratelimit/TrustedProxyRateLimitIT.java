package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.LoopbackClient;
import studio.vive.booking.support.LoopbackClient.Answer;
import studio.vive.booking.support.ServiceTest;

/**
 * Behind trusted proxies (here 127.0.0.1 and 10.0.0.0/8) the client is the right-most forwarded
 * address that is not a trusted proxy; whatever a client writes to the left of it is ignored.
 * The addresses in the headers are documentation ranges: nothing is ever sent to them.
 */
@MicronautTest(transactional = false)
class TrustedProxyRateLimitIT extends ServiceTest {

    private static final int BUDGET = 3;
    private static final String PROXY = "127.0.0.1";

    private LoopbackClient client;
    @Inject
    ExpiredBuckets expiredBuckets;

    @Override
    protected String databaseName() {
        return "booking_rate_limit_proxies";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.rate-limit.limits.bookings.requests", String.valueOf(BUDGET),
                "vive.rate-limit.limits.bookings.period", "1h",
                "vive.rate-limit.trusted-proxies", PROXY + ", 10.0.0.0/8");
    }

    @BeforeAll
    void loopbackClient() {
        client = new LoopbackClient(server.getPort());
    }

    @Test
    void theRightMostUntrustedForwardedAddressIsTheClientWhateverItWroteToTheLeft() {
        for (int i = 0; i < BUDGET; i++) {
            assertThat(book(PROXY, "198.51.100." + i + ", 203.0.113.5").status()).isEqualTo(400);
        }

        assertThat(book(PROXY, "198.51.100.99, 203.0.113.5, 10.1.2.3").status()).isEqualTo(429);
        assertThat(book(PROXY, "203.0.113.6").status()).isEqualTo(400);
    }

    @Test
    void aRequestFromAnUntrustedPeerIsCountedByItsConnectionAddress() {
        for (int i = 0; i < BUDGET; i++) {
            assertThat(book("127.0.0.9", "203.0.113." + (100 + i)).status()).isEqualTo(400);
        }

        assertThat(book("127.0.0.9", "203.0.113.150").status()).isEqualTo(429);
    }

    @Test
    void manyOtherClientsAndACleanupNeverResetALimitedClient() {
        String limited = "203.0.113.50";
        for (int i = 0; i <= BUDGET; i++) {
            book(PROXY, limited);
        }
        for (int i = 0; i < 300; i++) {
            assertThat(book(PROXY, "198.18." + (i / 250) + "." + (i % 250)).status()).isEqualTo(400);
        }
        expiredBuckets.removeExpired();

        Answer refused = book(PROXY, limited);

        assertThat(refused.status()).isEqualTo(429);
    }

    private Answer book(String from, String forwardedFor) {
        return client.postJson(from, "/api/bookings", "{}", Map.of("X-Forwarded-For", forwardedFor));
    }
}
