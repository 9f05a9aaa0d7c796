package studio.vive.notification.delivery;

/**
 * Published inside the transaction that recorded new PENDING notifications; after that
 * transaction commits, the {@link NotificationDispatcher} wakes its senders, so an email goes out
 * at once rather than at the next poll.
 *
 * @param count how many notifications the transaction recorded
 */
public record NotificationsRecorded(int count) {
}
