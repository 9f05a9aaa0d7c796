package studio.vive.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.email.Attachment;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import studio.vive.notification.email.StudioDetails;

/**
 * Hands one notification to the SMTP server (micronaut-email composes the MIME message, Jakarta
 * Mail/Angus talks SMTP), under the notification's stable Message-ID, over a sender's
 * {@link SmtpConnection}.
 */
@Singleton
public class SmtpMailer {

    static final String INVITE_FILE_NAME = "invite.ics";
    /** Counter: SMTP connections opened (compare with {@code vive.notification.sent}). */
    public static final String CONNECTIONS_OPENED = "vive.notification.smtp.connections";

    private final SessionProvider sessions;
    private final MessageComposer composer;
    private final StudioDetails studio;
    private final SenderSettings senders;
    private final Counter connectionsOpened;

    public SmtpMailer(SessionProvider sessions, MessageComposer composer, StudioDetails studio,
                      SenderSettings senders, MeterRegistry meters) {
        this.sessions = sessions;
        this.composer = composer;
        this.studio = studio;
        this.senders = senders;
        this.connectionsOpened = Counter.builder(CONNECTIONS_OPENED)
                .description("SMTP connections opened by the senders").register(meters);
    }

    /** A new SMTP conversation for one sender; it connects at its first send. */
    public SmtpConnection connect() {
        return new SmtpConnection(sessions.session(), senders.messagesPerConnection(), connectionsOpened);
    }

    /**
     * Hands the email to the SMTP server over {@code connection}; returns once the server has
     * accepted it.
     *
     * @throws DeliveryFailure when it was not accepted, saying whether a retry can help
     */
    public void send(Notification notification, SmtpConnection connection) throws DeliveryFailure {
        try {
            new InternetAddress(notification.recipient(), true).validate();
        } catch (AddressException e) {
            throw DeliveryFailure.permanent("invalid recipient address",
                    "invalid recipient address: " + e.getMessage(), e);
        }
        MimeMessage message;
        try {
            MimeMessage composed = (MimeMessage) composer.compose(emailOf(notification), connection.session());
            message = new IdentifiedMimeMessage(connection.session(), composed, notification.messageId(),
                    notification.createdAt());
            message.saveChanges();
        } catch (MessagingException | RuntimeException e) {
            // A message that cannot even be composed will not compose on a retry either.
            throw DeliveryFailure.permanent("cannot compose the message (" + e.getClass().getSimpleName() + ")",
                    describe(e), e);
        }
        try {
            connection.send(message);
        } catch (SendFailedException e) {
            throw classify(e);
        } catch (MessagingException e) {
            throw DeliveryFailure.transientFailure("SMTP " + e.getClass().getSimpleName(), describe(e), e);
        }
    }

    private Email emailOf(Notification notification) {
        Email.Builder email = Email.builder()
                .from(new Contact(studio.from(), studio.name()))
                .replyTo(new Contact(studio.replyTo(), studio.name()))
                .to(new Contact(notification.recipient(), notification.recipientName()))
                .subject(notification.subject())
                .body(new MultipartBody(notification.htmlBody(), notification.textBody()));
        if (notification.calendar() != null) {
            email.attachment(Attachment.builder()
                    .filename(INVITE_FILE_NAME)
                    .contentType("text/calendar; charset=UTF-8; method=" + notification.calendarMethod())
                    .content(notification.calendar().getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return email.build();
    }

    /**
     * Angus reports recipients refused with a 5xx reply as invalid and those refused with a 4xx
     * reply as valid-unsent: only the first cannot be helped by a retry.
     */
    private static DeliveryFailure classify(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        Address[] validUnsent = e.getValidUnsentAddresses();
        boolean rejected = invalid != null && invalid.length > 0 && (validUnsent == null || validUnsent.length == 0);
        return rejected
                ? DeliveryFailure.permanent("recipient rejected by the SMTP server", describe(e), e)
                : DeliveryFailure.transientFailure("SMTP send failed", describe(e), e);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
