package studio.vive.notification.delivery;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of one delivery attempt. Every method runs in the caller's transaction, which
 * holds the notification's row lock for the whole attempt (see {@link DeliveryAttempt}).
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class DeliveryQueue {

    private final NotificationRepository notifications;
    private final RetryPolicy policy;
    private final Clock clock;

    public DeliveryQueue(NotificationRepository notifications, RetryPolicy policy, Clock clock) {
        this.notifications = notifications;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Locks the notification due next and counts an attempt for it; the returned row carries the
     * attempt number. Empty when nothing is due.
     */
    public Optional<Notification> claimNext() {
        Instant now = clock.instant();
        return notifications.lockNextDue(now).map(n -> {
            notifications.startAttempt(n.id(), now);
            return n.withDelivery(n.delivery().withAttemptStarted(now));
        });
    }

    /** The SMTP server accepted the email. */
    public void recordSent(UUID notificationId) {
        notifications.markSent(notificationId, clock.instant());
    }

    /**
     * The attempt failed: retried after the policy's backoff, or FAILED when the failure is
     * permanent or the attempts are used up.
     *
     * @return the outcome recorded
     */
    public NotificationStatus recordFailure(Notification attempted, DeliveryFailure failure) {
        Instant now = clock.instant();
        if (failure.isPermanent() || !policy.allowsAnotherAttempt(attempted.attempts())) {
            notifications.markFailed(attempted.id(), now, failure.getMessage());
            return NotificationStatus.FAILED;
        }
        notifications.scheduleRetry(attempted.id(), now.plus(policy.backoffAfter(attempted.attempts())),
                failure.getMessage());
        return NotificationStatus.PENDING;
    }
}
