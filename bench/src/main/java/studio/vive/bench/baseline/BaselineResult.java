package studio.vive.bench.baseline;

import java.util.Map;
import studio.vive.bench.measure.Latencies;

/**
 * PostgreSQL's own single-row commit rate on this machine, on one server at one concurrency.
 *
 * @param server           which server: the stack's own, or the second one started for the comparison
 * @param commitsPerSecond committed single-row inserts per second
 * @param latencies        each insert+commit's latency
 * @param concurrency      connections used
 * @param settings         the server settings that decide commit cost (fsync, synchronous_commit, ...)
 */
public record BaselineResult(String server, double commitsPerSecond, Latencies latencies, int concurrency,
                             Map<String, String> settings) {

    /** The value of one setting as the server reported it, or "?" when unread. */
    public String setting(String name) {
        return settings.getOrDefault(name, "?");
    }
}
