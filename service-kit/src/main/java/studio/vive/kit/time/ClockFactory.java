package studio.vive.kit.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every rule about "now" reads (UTC). A bean so that tests can pin or move time: a test
 * bean annotated {@code @Replaces(Clock.class)} takes its place.
 */
@Factory
public class ClockFactory {

    /** The system clock in UTC. */
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
