package studio.vive.booking.ratelimit;

import java.time.Duration;

/** How a refused client is told to wait: the {@code Retry-After} header and the sentence of a page. */
public final class RetryAfter {

    private static final long SECONDS_PER_MINUTE = 60;

    private RetryAfter() {
    }

    /** The {@code Retry-After} value of a wait: whole seconds, rounded up, at least one. */
    public static String header(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }

    /** A wait in whole minutes, rounded up, at least one: how a page says it. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE);
    }
}
