package studio.vive.bench;

import studio.vive.bench.stack.PlatformService;

/**
 * A service's memory over the run.
 *
 * @param service        which one
 * @param peakBytes      VmHWM: the highest resident set size since its JVM started
 * @param maxSampledBytes the highest VmRSS the backlog sampler saw under load
 */
public record Footprint(PlatformService service, long peakBytes, long maxSampledBytes) {
}
