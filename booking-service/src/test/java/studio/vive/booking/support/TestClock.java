package studio.vive.booking.support;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: pinned to {@link StudioCalendar#NOW} so working hours, notice,
 * horizon and cancellation windows are exact; a test may move it and must put it back.
 */
@Singleton
@Replaces(Clock.class)
public class TestClock extends Clock {

    private volatile Instant now = StudioCalendar.NOW;

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    public void reset() {
        this.now = StudioCalendar.NOW;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
