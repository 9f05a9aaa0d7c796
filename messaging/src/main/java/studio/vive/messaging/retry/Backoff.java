package studio.vive.messaging.retry;

import java.time.Duration;

/**
 * Capped exponential backoff: {@code initial}, doubling on every failure up to {@code max}, back
 * to {@code initial} after a success. One instance per retry loop (not thread-safe).
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " / " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The wait before the next attempt; each call doubles the following one, up to the cap. */
    public Duration next() {
        Duration current = next;
        Duration doubled = current.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    /** After a success: the next failure waits {@code initial} again. */
    public void reset() {
        next = initial;
    }

    /**
     * Sleeps for {@link #next()}.
     *
     * @throws InterruptedException when the waiting thread is asked to stop
     */
    public Duration pause() throws InterruptedException {
        Duration wait = next();
        Thread.sleep(wait.toMillis());
        return wait;
    }
}
