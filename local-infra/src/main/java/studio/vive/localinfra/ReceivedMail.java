package studio.vive.localinfra;

import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

/**
 * A message the embedded SMTP server received, as it sits in a recipient's inbox.
 *
 * @param mailbox  the recipient address whose inbox holds it (also its IMAP login)
 * @param uid      the IMAP UID within that inbox
 * @param received when it arrived
 * @param message  the message itself
 */
public record ReceivedMail(String mailbox, long uid, Instant received, MimeMessage message) {
}
