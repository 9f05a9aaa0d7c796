package studio.vive.notification.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The database side of delivery: claims due notifications and records each attempt's outcome,
 * each in its own short transaction (the SMTP conversation happens between them, outside any
 * transaction).
 */
@Singleton
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
     * Claims the notifications due now: counts an attempt for each and holds it for the lease, so
     * no other poll sends it meanwhile. The returned rows carry the attempt number.
     */
    @Transactional
    public List<Notification> claimDue() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(policy.lease());
        List<Notification> due = notifications.lockDue(now, policy.batchSize());
        due.forEach(n -> notifications.startAttempt(n.id(), now, leaseUntil));
        return due.stream().map(n -> withAttempt(n, now)).toList();
    }

    /** The SMTP server accepted the email. */
    @Transactional
    public void recordSent(UUID notificationId) {
        notifications.markSent(notificationId, clock.instant());
    }

    /**
     * The attempt failed: retried after the policy's backoff, or FAILED when the failure is
     * permanent or the attempts are used up.
     *
     * @return the outcome recorded
     */
    @Transactional
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

    private static Notification withAttempt(Notification n, Instant startedAt) {
        return new Notification(n.id(), n.bookingId(), n.eventId(), n.kind(), n.recipient(), n.recipientName(),
                n.status(), n.messageId(), n.subject(), n.textBody(), n.htmlBody(), n.calendar(), n.calendarMethod(),
                n.attempts() + 1, n.createdAt(), n.nextAttemptAt(), startedAt, n.sentAt(), n.failedAt(),
                n.lastError(), n.bodiesErasedAt());
    }
}
