package studio.vive.bench.stack;

import java.util.List;

/**
 * One measured start of the services.
 *
 * @param condition how they were started, for the report (e.g. "alone, with its CDS archive")
 * @param times     each service's start-up in that start
 */
public record StartupRun(String condition, List<StartupTime> times) {

    public StartupRun {
        times = List.copyOf(times);
    }
}
