package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.LoopbackClient;
import studio.vive.booking.support.ServiceTest;

/**
 * The cleanup deletes the buckets that are full again, so the table stays bounded, and keeps those
 * of clients still limited. Sign-in refills within a second here; bookings within an hour.
 */
@MicronautTest(transactional = false)
class ExpiredBucketsIT extends ServiceTest {

    @Inject
    ExpiredBuckets expiredBuckets;
    @Inject
    BucketConnections connections;
    private LoopbackClient client;

    @Override
    protected String databaseName() {
        return "booking_rate_limit_cleanup";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.rate-limit.limits.bookings.requests", "1",
                "vive.rate-limit.limits.bookings.period", "1h",
                "vive.rate-limit.limits.staff-sign-in.requests", "1",
                "vive.rate-limit.limits.staff-sign-in.period", "1s");
    }

    @BeforeAll
    void loopbackClient() {
        client = new LoopbackClient(server.getPort());
    }

    @Test
    void bucketsFullAgainAreDeletedAndALimitedClientKeepsItsBucket() throws SQLException {
        client.postJson("127.0.0.1", "/login", "{}", Map.of());
        client.postJson("127.0.0.1", "/api/bookings", "{}", Map.of());
        assertThat(client.postJson("127.0.0.1", "/api/bookings", "{}", Map.of()).status()).isEqualTo(429);
        assertThat(buckets("staff-sign-in|%")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            expiredBuckets.removeExpired();
            return buckets("staff-sign-in|%") == 0;
        });

        assertThat(buckets("bookings|%")).isEqualTo(1);
        assertThat(client.postJson("127.0.0.1", "/api/bookings", "{}", Map.of()).status()).isEqualTo(429);
    }

    private int buckets(String keyPattern) throws SQLException {
        try (Connection connection = connections.pool().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM rate_limit_bucket WHERE id LIKE ?")) {
            count.setString(1, keyPattern);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
