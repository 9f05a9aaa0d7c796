package studio.vive.bench.baseline;

import java.util.Map;
import studio.vive.bench.measure.Latencies;

/**
 * PostgreSQL's own single-row commit rate on this machine.
 *
 * @param commitsPerSecond committed single-row inserts per second
 * @param latencies        each insert+commit's latency
 * @param concurrency      connections used
 * @param settings         the server settings that decide commit cost (fsync, synchronous_commit, ...)
 */
public record BaselineResult(double commitsPerSecond, Latencies latencies, int concurrency, Map<String, String> settings) {
}
