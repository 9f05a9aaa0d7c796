package studio.vive.notification.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.NotificationStatus;

/**
 * A notification as staff see it: what was sent to whom and how delivery went. Bodies are not
 * included (they can hold the referral reasons).
 */
@Serdeable
public record NotificationView(
        UUID id,
        UUID bookingId,
        UUID eventId,
        NotificationKind kind,
        String recipient,
        NotificationStatus status,
        int attempts,
        String messageId,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        @Nullable String lastError) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.bookingId(), n.eventId(), n.kind(), n.recipient(), n.status(),
                n.attempts(), n.messageId(), n.createdAt(), n.lastAttemptAt(),
                n.status() == NotificationStatus.PENDING ? n.nextAttemptAt() : null,
                n.sentAt(), n.failedAt(), n.lastError());
    }

    @Override
    public String toString() {
        return "NotificationView[id=" + id + ", bookingId=" + bookingId + ", status=" + status + "]";
    }
}
