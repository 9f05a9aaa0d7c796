package studio.vive.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * Bookings sent at a fixed rate for a fixed time, whatever the answers' latency (an open loop: a
 * slow platform does not slow the clients down, as real clients would not wait for each other).
 */
public final class FixedRateLoad {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private FixedRateLoad() {
    }

    /** Sends {@code rate} bookings a second for {@code duration}, one slot each (rate × duration slots). */
    public static LoadResult run(BookingSubmitter submitter, List<Slot> slots, int rate, Duration duration) {
        int total = (int) Math.min(slots.size(), rate * duration.toSeconds());
        long intervalNanos = 1_000_000_000L / rate;
        List<CompletableFuture<Submission>> sent = new ArrayList<>(total);
        Instant started = Instant.now();
        long origin = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = origin + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            sent.add(submitter.submitAsync(slots.get(i)));
        }
        Duration window = Duration.ofNanos(total * intervalNanos);
        List<Submission> answered = new ArrayList<>(total);
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            for (CompletableFuture<Submission> submission : sent) {
                answered.add(submission.join());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("bookings still unanswered " + ANSWER_TIMEOUT.toSeconds() + " s after the last was sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new LoadResult(started, Instant.now(), window, answered);
    }
}
