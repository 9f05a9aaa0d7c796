package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.LoopbackClient;
import studio.vive.booking.support.ServiceTest;

/** Two booking-service instances on one database enforce one budget per client, not one each. */
@MicronautTest(transactional = false)
class SharedBudgetIT extends ServiceTest {

    private static final int BUDGET = 4;

    private EmbeddedServer second;
    private LoopbackClient first;
    private LoopbackClient other;

    @Override
    protected String databaseName() {
        return "booking_rate_limit_shared";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.rate-limit.limits.bookings.requests", String.valueOf(BUDGET),
                "vive.rate-limit.limits.bookings.period", "1h");
    }

    @BeforeAll
    void secondInstance() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        second = ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST);
        first = new LoopbackClient(server.getPort());
        other = new LoopbackClient(second.getPort());
    }

    @Test
    void requestsToEitherInstanceCountAgainstOneBudget() {
        for (int i = 0; i < BUDGET / 2; i++) {
            assertThat(first.postJson("127.0.0.1", "/api/bookings", "{}", Map.of()).status()).isEqualTo(400);
            assertThat(other.postJson("127.0.0.1", "/api/bookings", "{}", Map.of()).status()).isEqualTo(400);
        }

        assertThat(first.postJson("127.0.0.1", "/api/bookings", "{}", Map.of()).status()).isEqualTo(429);
        assertThat(other.postJson("127.0.0.1", "/api/bookings", "{}", Map.of()).status()).isEqualTo(429);
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.getApplicationContext().close();
        }
    }
}
