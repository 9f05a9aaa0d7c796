package studio.vive.bench;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.vive.bench.baseline.BaselineRuns;
import studio.vive.bench.load.LoadResult;
import studio.vive.bench.measure.BacklogSample;
import studio.vive.bench.measure.Latencies;
import studio.vive.bench.stack.StartupRun;

/**
 * Everything one run measured, for the report.
 *
 * @param finishedAt     when the run ended
 * @param options        how it ran
 * @param stack          what was measured
 * @param configuration  the services' JVM options and environment overrides
 * @param machine        cores, memory, load averages before and after
 * @param startups       the measured starts of the services, the one beside the target first
 * @param baseline       PostgreSQL's commit rate, fsync on and off, on one connection and on eight
 * @param api            the closed-loop API phase
 * @param apiLatencies   its POST latencies
 * @param endToEnd       the fixed-rate end-to-end step
 * @param sustainedSteps every fixed-rate step tried, in order (the end-to-end step first)
 * @param footprint      each service's memory
 * @param backlog        every backlog sample of the run
 * @param profiles       JFR summaries by service, when profiling
 * @param runTime        how long the whole run took
 */
public record BenchResults(ZonedDateTime finishedAt, BenchOptions options, String stack, Map<String, String> configuration,
                           Map<String, String> machine, List<StartupRun> startups, BaselineRuns baseline,
                           LoadResult api, Latencies apiLatencies, EndToEndStep endToEnd,
                           List<EndToEndStep> sustainedSteps, List<Footprint> footprint, List<BacklogSample> backlog,
                           Map<String, String> profiles, Duration runTime) {

    /** The highest offered rate that was sustained, if any. */
    public Optional<Integer> highestSustainedRate() {
        return sustainedSteps.stream().filter(EndToEndStep::sustained).map(EndToEndStep::rate).max(Integer::compare);
    }
}
