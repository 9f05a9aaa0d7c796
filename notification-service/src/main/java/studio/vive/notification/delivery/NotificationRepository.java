package studio.vive.notification.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notification table: intents, their delivery state and the delivery log. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotificationRepository extends CrudRepository<Notification, UUID> {

    /** Whether this email of this booking was already recorded for this recipient, whatever its invite. */
    boolean existsByBookingIdAndKindAndRecipient(UUID bookingId, NotificationKind kind, String recipient);

    /** Whether this email of this booking, with this invite SEQUENCE, was already recorded for this recipient. */
    boolean existsByBookingIdAndKindAndRecipientAndInviteSequence(UUID bookingId, NotificationKind kind,
                                                                  String recipient, int inviteSequence);

    /**
     * The SEQUENCE of the booking's newest invite (REQUEST) recorded so far, 0 when none: a
     * cancellation is written one above it, so every calendar that holds a copy removes it.
     */
    @Query(value = "SELECT COALESCE(MAX(invite_sequence), 0) FROM notification"
            + " WHERE booking_id = :bookingId AND calendar_method = 'REQUEST'", nativeQuery = true)
    int latestInviteSequence(UUID bookingId);

    /** How many notifications are in {@code status}. */
    long countByStatus(NotificationStatus status);

    /** Every notification of a booking, in the order they were recorded. */
    @Query(value = "SELECT * FROM notification WHERE booking_id = :bookingId ORDER BY position", nativeQuery = true)
    List<Notification> findByBookingIdInRecordedOrder(UUID bookingId);

    /**
     * Locks the notification due next, oldest first, skipping rows another sender holds. A
     * notification waits while an earlier one of the same booking to the same recipient is still
     * pending, so an invite never arrives after its cancellation.
     */
    @Query(value = """
            SELECT n.* FROM notification n
            WHERE n.status = 'PENDING' AND n.next_attempt_at <= :now
              AND NOT EXISTS (SELECT 1 FROM notification e
                              WHERE e.booking_id = n.booking_id AND e.recipient = n.recipient
                                AND e.status = 'PENDING' AND e.position < n.position)
            ORDER BY n.next_attempt_at, n.position
            LIMIT 1
            FOR UPDATE OF n SKIP LOCKED""", nativeQuery = true)
    Optional<Notification> lockNextDue(Instant now);

    /** Counts an attempt as started. */
    @Query("UPDATE notification SET attempts = attempts + 1, last_attempt_at = :now WHERE id = :id")
    void startAttempt(UUID id, Instant now);

    /** Records that the SMTP server accepted the email. */
    @Query("UPDATE notification SET status = 'SENT', sent_at = :sentAt WHERE id = :id AND status = 'PENDING'")
    long markSent(UUID id, Instant sentAt);

    /** Records a failed attempt to be retried at {@code retryAt}. */
    @Query("UPDATE notification SET next_attempt_at = :retryAt, last_error = :error"
            + " WHERE id = :id AND status = 'PENDING'")
    long scheduleRetry(UUID id, Instant retryAt, String error);

    /**
     * Erases the bodies and invite of up to {@code limit} notifications whose delivery is over
     * (SENT or FAILED) and which were recorded before {@code cutoff}.
     *
     * @return how many were erased
     */
    @Query("""
            UPDATE notification SET text_body = '', html_body = '', calendar = NULL, bodies_erased_at = :now
            WHERE id IN (SELECT id FROM notification
                         WHERE bodies_erased_at IS NULL AND status <> 'PENDING' AND created_at < :cutoff
                         LIMIT :limit)""")
    long eraseBodiesRecordedBefore(Instant cutoff, Instant now, int limit);

    /** Records that delivery is given up. */
    @Query("UPDATE notification SET status = 'FAILED', failed_at = :failedAt, last_error = :error"
            + " WHERE id = :id AND status = 'PENDING'")
    long markFailed(UUID id, Instant failedAt, String error);
}
