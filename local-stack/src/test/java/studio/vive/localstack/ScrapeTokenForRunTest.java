package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScrapeTokenForRunTest {

    @Test
    void theTokenRunLocalWasGivenIsKept() {
        assertThat(ScrapeTokenForRun.of(Map.of("METRICS_SCRAPE_TOKEN", "given-token"))).isEqualTo("given-token");
    }

    @Test
    void withoutOneEachRunGetsItsOwnRandomTokenLongEnoughForTheServices() {
        String first = ScrapeTokenForRun.of(Map.of());
        String second = ScrapeTokenForRun.of(Map.of("METRICS_SCRAPE_TOKEN", " "));

        assertThat(first).isNotEqualTo(second);
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(32);
    }
}
