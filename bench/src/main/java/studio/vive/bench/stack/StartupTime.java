package studio.vive.bench.stack;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a service took to start.
 *
 * @param service          which one
 * @param processToHealthy from the JVM process's start to the first {@code /health} answer UP
 * @param micronautReported Micronaut's own "Startup completed in" figure (application context to server ready)
 */
public record StartupTime(PlatformService service, Duration processToHealthy, Optional<Duration> micronautReported) {
}
