package studio.vive.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one load phase did.
 *
 * @param started     when the first request was sent
 * @param ended       when the last answer arrived
 * @param window      the measured window the rates are computed over
 * @param submissions every request sent
 */
public record LoadResult(Instant started, Instant ended, Duration window, List<Submission> submissions) {

    public List<Submission> accepted() {
        return submissions.stream().filter(Submission::accepted).toList();
    }

    /** Accepted bookings per second over the window. */
    public double acceptedPerSecond() {
        return accepted().size() / (window.toNanos() / 1e9);
    }

    /** Count of answers by HTTP status (0: no answer), for the report. */
    public Map<Integer, Long> statusCounts() {
        return submissions.stream().collect(Collectors.groupingBy(Submission::status, TreeMap::new, Collectors.counting()));
    }
}
