package studio.vive.messaging.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

    @Test
    void doublesFromTheInitialWaitUpToTheCap() {
        List<Duration> waits = Stream.generate(backoff::next).limit(5).toList();

        assertEquals(List.of(100L, 200L, 400L, 500L, 500L), waits.stream().map(Duration::toMillis).toList());
    }

    @Test
    void startsAgainFromTheInitialWaitAfterASuccess() {
        backoff.next();
        backoff.next();

        backoff.reset();

        assertEquals(Duration.ofMillis(100), backoff.next());
    }

    @Test
    void refusesACapBelowTheInitialWait() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
