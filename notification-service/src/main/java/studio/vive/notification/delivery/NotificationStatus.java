package studio.vive.notification.delivery;

/** Where a notification is in its delivery. */
public enum NotificationStatus {
    /** Recorded, not yet accepted by the SMTP server (waiting for its first or next attempt). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: a permanent error, or every attempt the retry policy allows failed. */
    FAILED
}
