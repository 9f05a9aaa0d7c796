package studio.vive.notification.delivery;

import io.micrometer.core.instrument.Counter;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP conversation that carries several emails, one after the other: connecting (TCP,
 * greeting, EHLO) costs more than sending a small email, so a sender keeps it open while it
 * has notifications to send.
 *
 * <p>It connects at the first send, renews itself after {@code messagesPerConnection} emails, and
 * drops itself after any failure (the conversation's state is unknown then), so the next send
 * starts a fresh one. Closing it says QUIT; the dispatcher does that after committing, so the
 * QUIT stays outside the duplicate-send window. Not thread-safe: one per sender.
 */
public final class SmtpConnection implements AutoCloseable {

    private static final String PROTOCOL = "smtp";

    private final Session session;
    private final int messagesPerConnection;
    private final Counter connectionsOpened;
    private Transport transport;
    private int sentOnTransport;

    SmtpConnection(Session session, int messagesPerConnection, Counter connectionsOpened) {
        this.session = session;
        this.messagesPerConnection = messagesPerConnection;
        this.connectionsOpened = connectionsOpened;
    }

    Session session() {
        return session;
    }

    /**
     * Sends {@code message} to its recipients and returns once the server accepted it (250 to DATA).
     *
     * @throws SendFailedException when the server refused recipients
     * @throws MessagingException  when the conversation failed; the connection is dropped
     */
    void send(MimeMessage message) throws MessagingException {
        if (transport != null && sentOnTransport >= messagesPerConnection) {
            close();
        }
        try {
            if (transport == null) {
                Transport opened = session.getTransport(PROTOCOL);
                opened.connect();
                connectionsOpened.increment();
                transport = opened;
                sentOnTransport = 0;
            }
            transport.sendMessage(message, message.getAllRecipients());
            sentOnTransport++;
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Ends the conversation (QUIT) if one is open; a failure here changes nothing already accepted. */
    @Override
    public void close() {
        Transport open = transport;
        transport = null;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                // Accepted is accepted: a lost QUIT does not unsend a message.
            }
        }
    }
}
