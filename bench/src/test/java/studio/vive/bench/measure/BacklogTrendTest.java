package studio.vive.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacklogTrendTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aBacklogThatStaysLevelIsNotGrowing() {
        List<BacklogSample> samples = new ArrayList<>();
        for (int second = 0; second < 60; second++) {
            samples.add(sample(second, 20 + (second % 3) * 5));
        }

        BacklogTrend trend = BacklogTrend.of(samples, 100);

        assertThat(trend.growing()).isFalse();
        assertThat(trend.maximum()).isEqualTo(30);
    }

    @Test
    void aBacklogGainingTenEventsASecondAtOneHundredASecondIsGrowing() {
        List<BacklogSample> samples = new ArrayList<>();
        for (int second = 0; second < 60; second++) {
            samples.add(sample(second, 10L * second));
        }

        BacklogTrend trend = BacklogTrend.of(samples, 100);

        assertThat(trend.slopePerSecond()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(trend.growing()).isTrue();
    }

    private static BacklogSample sample(int second, long pendingNotifications) {
        return new BacklogSample(START.plusSeconds(second), Map.of(), 0, 0, pendingNotifications, Map.of());
    }
}
