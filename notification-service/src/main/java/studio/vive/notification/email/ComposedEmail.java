package studio.vive.notification.email;

import io.micronaut.core.annotation.Nullable;
import studio.vive.notification.calendar.CalendarInvite;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.OutgoingEmail;

/**
 * One email written for one recipient, ready to be recorded and sent.
 *
 * @param kind          which email of the booking it is
 * @param recipient     the address
 * @param recipientName the display name
 * @param subject       the subject line (never health information)
 * @param textBody      text/plain body
 * @param htmlBody      text/html body
 * @param invite        the calendar attachment, if this email carries one
 */
public record ComposedEmail(
        NotificationKind kind,
        String recipient,
        String recipientName,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable CalendarInvite invite) {

    /** The email as a notification stores it: the invite as its text and method. */
    public OutgoingEmail outgoing() {
        return new OutgoingEmail(kind, recipient, recipientName, subject, textBody, htmlBody,
                invite == null ? null : invite.content(), invite == null ? null : invite.method().name(),
                invite == null ? 0 : invite.sequence());
    }

    @Override
    public String toString() {
        return "ComposedEmail[kind=" + kind + "]";
    }
}
