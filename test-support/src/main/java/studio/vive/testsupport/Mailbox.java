package studio.vive.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/**
 * Reads the mail the test SMTP server received, over IMAP, as a recipient would: the recipient's
 * address is both the user name and the password.
 */
public final class Mailbox {

    private static final String INBOX = "INBOX";
    private static final Duration IMAP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final Supplier<String> host;
    private final IntSupplier port;

    Mailbox(Supplier<String> host, IntSupplier port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Every message in {@code address}'s inbox, oldest first, fully loaded (usable after the IMAP
     * connection is closed); empty when nothing was ever sent to it.
     */
    public List<MimeMessage> messagesFor(String address) {
        Session session = Session.getInstance(imapProperties());
        try (Store store = session.getStore("imap")) {
            store.connect(host.get(), port.getAsInt(), address, address);
            Folder inbox = store.getFolder(INBOX);
            if (!inbox.exists()) {
                return List.of();
            }
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    // The copy reads the whole message now, while the folder is open.
                    messages.add(new MimeMessage((MimeMessage) message));
                }
                return messages;
            } finally {
                inbox.close(false);
            }
        } catch (AuthenticationFailedException e) {
            // No mailbox yet: nothing was sent to this address.
            return List.of();
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read mail over IMAP at " + host.get() + ":" + port.getAsInt(), e);
        }
    }

    /**
     * Waits until {@code address} has at least {@code count} messages and returns them all, oldest
     * first.
     *
     * @throws org.awaitility.core.ConditionTimeoutException if they do not arrive within {@code timeout}
     */
    public List<MimeMessage> awaitMessages(String address, int count, Duration timeout) {
        AtomicReference<List<MimeMessage>> received = new AtomicReference<>(List.of());
        Awaitility.await("at least " + count + " message(s) in a test mailbox")
                .atMost(timeout)
                .pollInterval(POLL_INTERVAL)
                .until(() -> {
                    received.set(messagesFor(address));
                    return received.get().size() >= count;
                });
        return received.get();
    }

    private static Properties imapProperties() {
        Properties properties = new Properties();
        String timeout = String.valueOf(IMAP_TIMEOUT.toMillis());
        properties.put("mail.imap.connectiontimeout", timeout);
        properties.put("mail.imap.timeout", timeout);
        return properties;
    }
}
