package studio.vive.bench;

import java.time.Duration;
import studio.vive.bench.cost.CostPerBooking;
import studio.vive.bench.load.LoadResult;
import studio.vive.bench.measure.BacklogTrend;
import studio.vive.bench.measure.Latencies;

/**
 * One fixed-rate step: bookings offered at {@code rate} a second, and what became of them.
 *
 * @param rate       offered bookings per second
 * @param load       the requests and their answers
 * @param latencies  booking accepted (202 received) → client email accepted by the SMTP server
 * @param delivered  accepted bookings whose client email arrived
 * @param trend      the backlog during the step
 * @param drainTime  from the last answer until every email had arrived and the backlog was empty
 * @param drained    whether that happened within the drain timeout
 * @param cost       CPU per delivered booking, from the step's first request until it was drained
 */
public record EndToEndStep(int rate, LoadResult load, Latencies latencies, int delivered, BacklogTrend trend,
                           Duration drainTime, boolean drained, CostPerBooking cost) {

    /** The share of offered bookings that must be accepted for the rate to count as carried. */
    static final double ACCEPTED_SHARE = 0.97;

    /** Carried for the whole step without a growing backlog, every email delivered. */
    public boolean sustained() {
        return load.acceptedPerSecond() >= ACCEPTED_SHARE * rate && !trend.growing() && drained
                && delivered == load.accepted().size();
    }

    /** Why the step was not sustained, for the report. */
    public String verdict() {
        if (sustained()) {
            return "sustained";
        }
        StringBuilder why = new StringBuilder();
        if (load.acceptedPerSecond() < ACCEPTED_SHARE * rate) {
            why.append(String.format("only %.1f/s accepted; ", load.acceptedPerSecond()));
        }
        if (trend.growing()) {
            why.append("backlog growing; ");
        }
        if (!drained || delivered < load.accepted().size()) {
            why.append(String.format("%d of %d emails after the drain timeout; ", delivered, load.accepted().size()));
        }
        return "not sustained: " + why.toString().replaceAll("; $", "");
    }
}
