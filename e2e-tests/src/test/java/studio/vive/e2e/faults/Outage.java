package studio.vive.e2e.faults;

import java.time.Duration;

/** Keeps a component down for a while: the length of the outage is the fault itself, not a wait for a result. */
final class Outage {

    private Outage() {
    }

    static void last(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during an outage", e);
        }
    }
}
