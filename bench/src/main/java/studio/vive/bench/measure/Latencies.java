package studio.vive.bench.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** A set of latencies and their percentiles (nearest rank). */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies of(Collection<Duration> latencies) {
        long[] nanos = latencies.stream().mapToLong(Duration::toNanos).toArray();
        Arrays.sort(nanos);
        return new Latencies(nanos);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The {@code percentile} (0 &lt; p ≤ 100) by nearest rank; zero when empty. */
    public Duration percentile(double percentile) {
        if (sortedNanos.length == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))]);
    }

    public Duration p50() {
        return percentile(50);
    }

    public Duration p95() {
        return percentile(95);
    }

    public Duration p99() {
        return percentile(99);
    }

    public Duration max() {
        return sortedNanos.length == 0 ? Duration.ZERO : Duration.ofNanos(sortedNanos[sortedNanos.length - 1]);
    }
}
