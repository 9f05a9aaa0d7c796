package studio.vive.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;

/**
 * A MIME message that keeps the Message-ID it was given. Jakarta Mail replaces the Message-ID
 * with a random one on every {@code saveChanges()} (which {@code Transport.send} calls), which
 * would make a resend look like a new email. Every attempt of a notification is the same message:
 * same Message-ID, same Date (when it was written), same bytes.
 */
final class IdentifiedMimeMessage extends MimeMessage {

    private static final String MESSAGE_ID = "Message-ID";
    /** RFC 3834: tells auto-responders (out-of-office) not to answer. */
    private static final String AUTO_SUBMITTED = "Auto-Submitted";

    IdentifiedMimeMessage(MimeMessage composed, String messageId, Instant writtenAt) throws MessagingException {
        super(composed);
        setHeader(MESSAGE_ID, messageId);
        setSentDate(Date.from(writtenAt));
        setHeader(AUTO_SUBMITTED, "auto-generated");
    }

    @Override
    protected void updateMessageID() {
        // Keep the stable Message-ID set in the constructor.
    }
}
