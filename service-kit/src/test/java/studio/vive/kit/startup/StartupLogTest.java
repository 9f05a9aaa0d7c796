package studio.vive.kit.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up line names the service, where it listens, its own details, health and metrics. */
class StartupLogTest {

    @Test
    void theLineNamesTheServiceItsAddressItsDetailsHealthAndMetrics() {
        StartupLog log = new StartupLog("some-service", List.of(base -> "API " + base + "/api"));

        assertEquals("some-service listening on http://localhost:8081: API http://localhost:8081/api, "
                + "health http://localhost:8081/health, metrics http://localhost:8081/prometheus",
                log.line("http://localhost:8081/"));
    }

    @Test
    void aServiceWithoutDetailsStillSaysWhereHealthAndMetricsAre() {
        StartupLog log = new StartupLog("some-service", List.of());

        assertEquals("some-service listening on http://host:1: health http://host:1/health, "
                + "metrics http://host:1/prometheus", log.line("http://host:1"));
    }
}
