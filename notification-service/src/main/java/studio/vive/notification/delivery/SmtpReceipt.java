package studio.vive.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

/**
 * The SMTP server has accepted a message (250 to DATA) and the connection is still open. Closing
 * it ends the conversation (QUIT); the dispatcher does that only after the SENT update committed,
 * so the QUIT round trip stays outside the duplicate-send window.
 */
public final class SmtpReceipt implements AutoCloseable {

    private final Transport transport;

    SmtpReceipt(Transport transport) {
        this.transport = transport;
    }

    /** Says goodbye to the server; the message was accepted already, so a failure here changes nothing. */
    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // Accepted is accepted: a lost QUIT does not unsend the message.
        }
    }
}
