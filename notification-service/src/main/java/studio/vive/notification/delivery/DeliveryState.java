package studio.vive.notification.delivery;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Where a notification's delivery stands.
 *
 * @param status        PENDING, SENT or FAILED
 * @param attempts      how many delivery attempts were started
 * @param nextAttemptAt when the next attempt may start (after a failed attempt: its backoff)
 * @param lastAttemptAt when the last attempt started
 * @param sentAt        when the SMTP server accepted it
 * @param failedAt      when delivery was given up
 * @param lastError     what went wrong the last time, for staff
 */
public record DeliveryState(
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        @Nullable String lastError) {

    /** Not attempted yet, due at {@code dueAt}. */
    public static DeliveryState pending(Instant dueAt) {
        return new DeliveryState(NotificationStatus.PENDING, 0, dueAt, null, null, null, null);
    }

    /** This state with one more attempt, started at {@code startedAt}. */
    public DeliveryState withAttemptStarted(Instant startedAt) {
        return new DeliveryState(status, attempts + 1, nextAttemptAt, startedAt, sentAt, failedAt, lastError);
    }
}
