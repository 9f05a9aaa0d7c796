package studio.vive.notification.delivery;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One email to one recipient about one booking, and how its delivery went: the row is both the
 * intent (written with the processed event, in the consumer's transaction) and the delivery log.
 *
 * <p>The email is stored fully rendered, so every attempt sends the same bytes under the same
 * Message-ID, whatever happens to templates or configuration in between; only a client's links
 * are not stored but filled in at each attempt ({@link ClientLinkFill}).
 *
 * <p>The row is flat (one column per component); {@link #email()} and {@link #delivery()} give its
 * two groups, and new notifications come from {@link #pending}.
 *
 * @param id            the notification id; the Message-ID is derived from it
 * @param bookingId     the booking it is about
 * @param eventId       the lifecycle event that caused it
 * @param kind          which email of the booking
 * @param recipient     the address it goes to (personal data: never logged)
 * @param recipientName the display name in the To header (personal data: never logged)
 * @param status        PENDING, SENT or FAILED
 * @param messageId     the RFC 5322 Message-ID, with angle brackets
 * @param subject       subject line (never contains health information)
 * @param textBody      the text/plain body
 * @param htmlBody      the text/html body
 * @param calendar      the {@code .ics} attachment, if any
 * @param calendarMethod the iTIP method of the attachment (REQUEST, CANCEL), if any
 * @param inviteSequence the attachment's SEQUENCE (0 without one): (booking, kind, recipient,
 *                      sequence) is sent exactly once
 * @param attempts      how many delivery attempts were started
 * @param createdAt     when the intent was recorded
 * @param nextAttemptAt when the next attempt may start (after a failed attempt: its backoff)
 * @param lastAttemptAt when the last attempt started
 * @param sentAt        when the SMTP server accepted it
 * @param failedAt      when delivery was given up
 * @param lastError     what went wrong the last time, for staff
 * @param bodiesErasedAt when subject-independent content (bodies, invite) was erased by the
 *                      retention policy, if it was
 * @param traceParent   the W3C traceparent of the event's processing that recorded it: its sends
 *                      are spans of the booking's trace (null for rows older than the column)
 */
@MappedEntity("notification")
public record Notification(
        @Id UUID id,
        UUID bookingId,
        UUID eventId,
        NotificationKind kind,
        String recipient,
        String recipientName,
        NotificationStatus status,
        String messageId,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable String calendar,
        @Nullable String calendarMethod,
        int inviteSequence,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        @Nullable String lastError,
        @Nullable Instant bodiesErasedAt,
        @Nullable String traceParent) {

    /** The row's constructor, one argument per column. */
    @Creator
    public Notification {
    }

    /**
     * A new notification about {@code bookingId}, caused by {@code eventId}: PENDING and due at
     * {@code recordedAt}, in the trace of {@code traceParent}.
     */
    public static Notification pending(UUID id, String messageId, UUID bookingId, UUID eventId,
                                       OutgoingEmail email, Instant recordedAt, @Nullable String traceParent) {
        return new Notification(id, bookingId, eventId, messageId, email, recordedAt,
                DeliveryState.pending(recordedAt), null, traceParent);
    }

    private Notification(UUID id, UUID bookingId, UUID eventId, String messageId, OutgoingEmail email,
                         Instant createdAt, DeliveryState delivery, @Nullable Instant bodiesErasedAt,
                         @Nullable String traceParent) {
        this(id, bookingId, eventId, email.kind(), email.recipient(), email.recipientName(), delivery.status(),
                messageId, email.subject(), email.textBody(), email.htmlBody(), email.calendar(),
                email.calendarMethod(), email.inviteSequence(), delivery.attempts(), createdAt, delivery.nextAttemptAt(),
                delivery.lastAttemptAt(), delivery.sentAt(), delivery.failedAt(), delivery.lastError(),
                bodiesErasedAt, traceParent);
    }

    /** The email it sends, as stored. */
    public OutgoingEmail email() {
        return new OutgoingEmail(kind, recipient, recipientName, subject, textBody, htmlBody, calendar,
                calendarMethod, inviteSequence);
    }

    /** Where its delivery stands. */
    public DeliveryState delivery() {
        return new DeliveryState(status, attempts, nextAttemptAt, lastAttemptAt, sentAt, failedAt, lastError);
    }

    /** This notification with other bodies: the stored one with its client links filled in. */
    public Notification withBodies(String text, String html) {
        return new Notification(id, bookingId, eventId, kind, recipient, recipientName, status, messageId, subject,
                text, html, calendar, calendarMethod, inviteSequence, attempts, createdAt, nextAttemptAt,
                lastAttemptAt, sentAt, failedAt, lastError, bodiesErasedAt, traceParent);
    }

    /** This notification with {@code delivery} instead of its delivery state. */
    public Notification withDelivery(DeliveryState delivery) {
        return new Notification(id, bookingId, eventId, messageId, email(), createdAt, delivery, bodiesErasedAt,
                traceParent);
    }

    @Override
    public String toString() {
        return "Notification[id=" + id + ", bookingId=" + bookingId + ", kind=" + kind + ", status=" + status + "]";
    }
}
