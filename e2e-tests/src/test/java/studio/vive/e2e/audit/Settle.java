package studio.vive.e2e.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for an audit to come out clean: every booking final and every email there, then still no
 * duplicate a little later (a resend after a crash would arrive within that window).
 */
public final class Settle {

    private static final Duration POLL = Duration.ofSeconds(1);
    /** How long the clean state must hold: longer than a notification's first retry backoff. */
    private static final Duration QUIET = Duration.ofSeconds(Long.getLong("e2e.quiet-seconds", 4));

    private Settle() {
    }

    /**
     * The report once it is clean and stays clean for a quiet period, or the last report seen when
     * the timeout passes (the caller asserts on it, so the table is printed either way).
     */
    public static AuditReport until(Supplier<AuditReport> audit, Duration timeout) {
        AtomicReference<AuditReport> last = new AtomicReference<>();
        try {
            await("every booking accounted for").atMost(timeout).pollInterval(POLL).ignoreExceptions()
                    .until(() -> {
                        last.set(audit.get());
                        // A duplicate or an email that should not exist cannot be undone: stop waiting.
                        return last.get().allAccountedFor() || last.get().duplicated() > 0 || last.get().unexpected() > 0;
                    });
            if (!last.get().allAccountedFor()) {
                return last.get();
            }
            await("still nothing duplicated").atMost(QUIET.plus(Duration.ofSeconds(30))).pollInterval(POLL)
                    .during(QUIET).until(() -> {
                        last.set(audit.get());
                        return last.get().allAccountedFor();
                    });
        } catch (ConditionTimeoutException e) {
            if (last.get() == null) {
                throw e;
            }
        }
        return last.get();
    }
}
