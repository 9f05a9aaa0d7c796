package studio.vive.notification.delivery;

import io.micronaut.core.annotation.Nullable;
import java.util.OptionalLong;

/**
 * How one delivery attempt ended, as its transaction committed it.
 *
 * @param notification the notification attempted, carrying the attempt number
 * @param outcome      the status the attempt recorded
 * @param failure      why the attempt failed; {@code null} when the email was accepted
 * @param acceptedAt   {@link System#nanoTime()} when the SMTP server accepted the email in this
 *                     attempt; empty when nothing was sent (a failure, or an acceptance of an
 *                     earlier attempt recorded now)
 */
record AttemptResult(Notification notification, NotificationStatus outcome, @Nullable DeliveryFailure failure,
                     OptionalLong acceptedAt) {

    /** The SMTP server accepted the email at {@code acceptedAtNanos}. */
    static AttemptResult sent(Notification notification, long acceptedAtNanos) {
        return new AttemptResult(notification, NotificationStatus.SENT, null, OptionalLong.of(acceptedAtNanos));
    }

    /** An acceptance from an earlier attempt, whose SENT failed to commit, recorded without sending. */
    static AttemptResult acceptedEarlier(Notification notification) {
        return new AttemptResult(notification, NotificationStatus.SENT, null, OptionalLong.empty());
    }

    /** Not accepted: {@code outcome} says whether it will be retried (PENDING) or was given up (FAILED). */
    static AttemptResult failed(Notification notification, NotificationStatus outcome, DeliveryFailure failure) {
        return new AttemptResult(notification, outcome, failure, OptionalLong.empty());
    }
}
