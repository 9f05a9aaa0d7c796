package studio.vive.bench.measure;

import java.time.Duration;
import java.util.List;

/**
 * Whether the backlog grew during a load step: the least-squares slope of the total backlog over
 * time, compared with a small share of the offered rate. A platform that keeps up holds a roughly
 * constant amount of work in flight; one that does not accumulates it linearly.
 *
 * @param slopePerSecond backlog growth in events per second over the step
 * @param maximum        the largest total backlog seen
 * @param last           the total backlog at the end of the step
 * @param growing        whether the slope exceeds the allowance
 */
public record BacklogTrend(double slopePerSecond, long maximum, long last, boolean growing) {

    /**
     * Growth allowed, as a share of the offered rate: 2 % means the platform falls behind by at
     * most one booking's events in every 50, well inside sampling noise at these rates.
     */
    static final double ALLOWED_GROWTH_SHARE = 0.02;
    /** Below this, slopes are noise from a handful of events in flight. */
    static final double MINIMUM_ALLOWED_SLOPE = 1.0;

    /** The trend of {@code samples} taken while {@code ratePerSecond} bookings a second were offered. */
    public static BacklogTrend of(List<BacklogSample> samples, double ratePerSecond) {
        if (samples.size() < 2) {
            long last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).total();
            return new BacklogTrend(0, last, last, false);
        }
        long origin = samples.get(0).at().toEpochMilli();
        double n = samples.size();
        double sumX = 0;
        double sumY = 0;
        double sumXy = 0;
        double sumXx = 0;
        long maximum = 0;
        for (BacklogSample sample : samples) {
            double x = (sample.at().toEpochMilli() - origin) / 1000.0;
            double y = sample.total();
            sumX += x;
            sumY += y;
            sumXy += x * y;
            sumXx += x * x;
            maximum = Math.max(maximum, sample.total());
        }
        double denominator = n * sumXx - sumX * sumX;
        double slope = denominator == 0 ? 0 : (n * sumXy - sumX * sumY) / denominator;
        double allowed = Math.max(MINIMUM_ALLOWED_SLOPE, ALLOWED_GROWTH_SHARE * ratePerSecond);
        long last = samples.get(samples.size() - 1).total();
        return new BacklogTrend(slope, maximum, last, slope > allowed);
    }

    /** A readable verdict for the report. */
    public String describe(Duration step) {
        return String.format("backlog slope %+.1f events/s over %d s (max %d, end %d)%s",
                slopePerSecond, step.toSeconds(), maximum, last, growing ? ": growing" : "");
    }
}
