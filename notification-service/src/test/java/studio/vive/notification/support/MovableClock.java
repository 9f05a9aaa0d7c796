package studio.vive.notification.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests that move time: the real time plus an offset, which starts at
 * {@code test.clock.offset} and grows with {@link #advance}. Active only where
 * {@code test.clock.offset} is set.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = MovableClock.OFFSET)
public class MovableClock extends Clock {

    /** The property that activates this clock, with its initial offset (e.g. {@code 0s}, {@code 49h}). */
    public static final String OFFSET = "test.clock.offset";

    private final AtomicReference<Duration> offset;

    public MovableClock(@Value("${" + OFFSET + "}") Duration initialOffset) {
        this.offset = new AtomicReference<>(initialOffset);
    }

    /** Moves the clock forward by {@code by}. */
    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
