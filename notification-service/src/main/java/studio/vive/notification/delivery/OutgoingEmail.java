package studio.vive.notification.delivery;

import io.micronaut.core.annotation.Nullable;

/**
 * A fully rendered email as a notification stores and sends it.
 *
 * @param kind           which email of the booking
 * @param recipient      the address it goes to (personal data: never logged)
 * @param recipientName  the display name in the To header (personal data: never logged)
 * @param subject        subject line (never contains health information)
 * @param textBody       the text/plain body
 * @param htmlBody       the text/html body
 * @param calendar       the {@code .ics} attachment, if any
 * @param calendarMethod the iTIP method of the attachment (REQUEST, CANCEL), if any
 * @param inviteSequence the attachment's SEQUENCE (0 without one); part of the email's identity,
 *                       since a booking that changed sends each party one invite per change
 */
public record OutgoingEmail(
        NotificationKind kind,
        String recipient,
        String recipientName,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable String calendar,
        @Nullable String calendarMethod,
        int inviteSequence) {

    @Override
    public String toString() {
        return "OutgoingEmail[kind=" + kind + "]";
    }
}
