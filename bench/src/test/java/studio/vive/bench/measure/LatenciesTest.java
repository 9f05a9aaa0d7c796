package studio.vive.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesUseTheNearestRankOfTheSortedLatencies() {
        List<Duration> oneToHundred = new ArrayList<>();
        for (int ms = 1; ms <= 100; ms++) {
            oneToHundred.add(Duration.ofMillis(ms));
        }
        Collections.shuffle(oneToHundred);

        Latencies latencies = Latencies.of(oneToHundred);

        assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(latencies.p95()).isEqualTo(Duration.ofMillis(95));
        assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(99));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void noLatenciesHaveZeroPercentiles() {
        assertThat(Latencies.of(List.of()).p99()).isEqualTo(Duration.ZERO);
    }
}
