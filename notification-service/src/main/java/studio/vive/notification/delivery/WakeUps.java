package studio.vive.notification.delivery;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The senders' wake-up call. Wake-ups are counted, not just signalled: a sender notes the count
 * before it looks for work and, when it runs out, waits only if no wake-up arrived meanwhile, so a
 * notification recorded while it was busy is not left for the next poll.
 */
final class WakeUps {

    private final Object monitor = new Object();
    private long count;

    /** The wake-ups so far; pass it to {@link #awaitAfter} once the work it covers is done. */
    long seen() {
        synchronized (monitor) {
            return count;
        }
    }

    /** Wakes every waiting sender, and makes the next wait of a busy one return at once. */
    void wake() {
        synchronized (monitor) {
            count++;
            monitor.notifyAll();
        }
    }

    /**
     * Waits until a wake-up after {@code seen} arrives or {@code timeout} has passed.
     *
     * @return {@code false} when the waiting thread was interrupted
     */
    boolean awaitAfter(long seen, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (count == seen) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return true;
                }
                try {
                    monitor.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
