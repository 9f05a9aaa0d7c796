package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.TestClock;

/** Fixed-window counting per client. */
class RequestWindowsTest {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final TestClock clock = new TestClock();
    private final RequestWindows windows = new RequestWindows(new RateLimit(true, 2, PERIOD, 3), clock);

    @Test
    void requestsUpToTheLimitAreAdmitted() {
        assertThat(windows.admit("10.0.0.1")).isZero();
        assertThat(windows.admit("10.0.0.1")).isZero();
    }

    @Test
    void theRequestOverTheLimitWaitsUntilTheWindowEnds() {
        windows.admit("10.0.0.1");
        windows.admit("10.0.0.1");
        clock.advance(Duration.ofSeconds(20));

        assertThat(windows.admit("10.0.0.1")).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void aNewWindowStartsAfterThePeriod() {
        windows.admit("10.0.0.1");
        windows.admit("10.0.0.1");
        windows.admit("10.0.0.1");
        clock.advance(PERIOD);

        assertThat(windows.admit("10.0.0.1")).isZero();
    }

    @Test
    void eachClientHasItsOwnWindow() {
        windows.admit("10.0.0.1");
        windows.admit("10.0.0.1");

        assertThat(windows.admit("10.0.0.2")).isZero();
    }

    @Test
    void aFloodOfAddressesDoesNotGrowMemoryWithoutBound() {
        for (int i = 0; i < 1000; i++) {
            windows.admit("10.0." + (i / 256) + "." + (i % 256));
        }

        // with at most 3 tracked clients the oldest windows were forgotten: the first address starts afresh
        windows.admit("10.0.0.0");
        assertThat(windows.admit("10.0.0.0")).isZero();
    }
}
