package studio.vive.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;

/**
 * A MIME message that keeps the Message-ID it was given. Jakarta Mail replaces the Message-ID
 * with a random one on every {@code saveChanges()} (which {@code Transport.send} calls), which
 * would make a resend look like a new email. Every attempt of a notification is the same message:
 * same Message-ID, same Date (when it was written), same bytes.
 *
 * <p>It takes over the composed message's headers and its multipart content as they are, instead
 * of {@code MimeMessage}'s copy constructor, which writes the whole message out and parses it back.
 */
final class IdentifiedMimeMessage extends MimeMessage {

    private static final String MESSAGE_ID = "Message-ID";
    /** RFC 3834: tells auto-responders (out-of-office) not to answer. */
    private static final String AUTO_SUBMITTED = "Auto-Submitted";

    IdentifiedMimeMessage(Session session, MimeMessage composed, String messageId, Instant writtenAt)
            throws MessagingException {
        super(session);
        Enumeration<String> lines = composed.getAllHeaderLines();
        while (lines.hasMoreElements()) {
            addHeaderLine(lines.nextElement());
        }
        setContent(multipartOf(composed));
        setHeader(MESSAGE_ID, messageId);
        setSentDate(Date.from(writtenAt));
        setHeader(AUTO_SUBMITTED, "auto-generated");
    }

    private static Multipart multipartOf(MimeMessage composed) throws MessagingException {
        try {
            return (Multipart) composed.getContent();
        } catch (IOException e) {
            throw new MessagingException("the composed message's content cannot be read", e);
        }
    }

    @Override
    protected void updateMessageID() {
        // Keep the stable Message-ID set in the constructor.
    }
}
