package studio.vive.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A MIME message that keeps the Message-ID it was given. Jakarta Mail replaces the Message-ID
 * with a random one on every {@code saveChanges()} (which {@code Transport.send} calls), which
 * would make a resend look like a new email.
 */
final class IdentifiedMimeMessage extends MimeMessage {

    private static final String MESSAGE_ID = "Message-ID";

    IdentifiedMimeMessage(MimeMessage composed, String messageId) throws MessagingException {
        super(composed);
        setHeader(MESSAGE_ID, messageId);
    }

    @Override
    protected void updateMessageID() {
        // Keep the stable Message-ID set in the constructor.
    }
}
