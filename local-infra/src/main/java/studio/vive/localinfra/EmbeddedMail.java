package studio.vive.localinfra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server whose received mail can be read back over IMAP (GreenMail), inside this JVM.
 *
 * <p>Authentication is off: any sender is accepted, a mailbox is created for each recipient when
 * mail for it arrives, and its IMAP login is the recipient's address as both user name and
 * password. The mail is held in memory while running and saved under the data directory on
 * {@link #stop()}, so a restart (same ports) still has it.
 */
public final class EmbeddedMail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMail.class);
    private static final String HOST = "127.0.0.1";
    /** Tries at a consistent listing while mail keeps arriving. */
    private static final int LISTING_ATTEMPTS = 20;

    private final MailArchive archive;
    private final int smtpPort;
    private final int imapPort;
    private GreenMail server;

    /**
     * @param dataDirectory where received mail is kept between runs
     * @param smtpPort      the SMTP port, or 0 for a free port chosen once (kept across restarts)
     * @param imapPort      the IMAP port, or 0 for a free port chosen once (kept across restarts)
     */
    public EmbeddedMail(Path dataDirectory, int smtpPort, int imapPort) {
        this.archive = new MailArchive(dataDirectory.toAbsolutePath().resolve("mailboxes"));
        this.smtpPort = FreePort.fixedOrPick(smtpPort);
        this.imapPort = FreePort.fixedOrPick(imapPort);
    }

    /** Starts SMTP and IMAP with the mail saved by the previous {@link #stop()}. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        GreenMail starting = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)});
        starting.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        UserManager users = starting.getUserManager();
        // GreenMail's own handler logs each new recipient address; contact details stay out of logs.
        users.setMessageDeliveryHandler((message, address) -> mailboxOf(users, address.getEmail()));
        List<ReceivedMail> saved = archive.load();
        restore(users, saved);
        starting.start();
        server = starting;
        LOG.info("Mail server up: SMTP {}:{}, IMAP {}:{}, {} saved messages", HOST, smtpPort, HOST, imapPort, saved.size());
    }

    /** Stops SMTP and IMAP, saving the received mail for the next {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        // SMTP first, then the listing, then the rest: a message SMTP answered 250 while the
        // listing was being taken would otherwise be acknowledged to its sender and missing after
        // the restart. Once SMTP is stopped nothing delivers into the store; stop() clears it.
        server.getSmtp().stopService();
        List<ReceivedMail> mail = listing(server.getUserManager());
        server.stop();
        server = null;
        archive.save(mail);
        LOG.info("Mail server on SMTP port {} stopped, {} messages saved", smtpPort, mail.size());
    }

    /** Whether SMTP and IMAP are running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The host both servers listen on. */
    public String host() {
        return HOST;
    }

    /** The SMTP port. */
    public int smtpPort() {
        return smtpPort;
    }

    /** The IMAP port. */
    public int imapPort() {
        return imapPort;
    }

    /** Every message in every mailbox, newest first; empty while stopped. */
    public synchronized List<ReceivedMail> receivedMail() {
        if (server == null) {
            return List.of();
        }
        // GreenMail's user and message lists are not safe to walk while SMTP delivers into them
        // (ConcurrentModificationException under load); a listing is a snapshot either way, so
        // take it again. Delivery is never blocked by this.
        ConcurrentModificationException last = null;
        for (int attempt = 0; attempt < LISTING_ATTEMPTS; attempt++) {
            try {
                return listing(server.getUserManager());
            } catch (ConcurrentModificationException e) {
                last = e;
            }
        }
        throw last;
    }

    private static List<ReceivedMail> listing(UserManager users) {
        List<ReceivedMail> mail = new ArrayList<>();
        for (GreenMailUser user : users.listUser()) {
            for (StoredMessage stored : inboxOf(users, user).getMessages()) {
                mail.add(new ReceivedMail(user.getEmail(), stored.getUid(), stored.getReceivedDate().toInstant(), stored.getMimeMessage()));
            }
        }
        mail.sort(Comparator.comparing(ReceivedMail::received).thenComparing(ReceivedMail::uid).reversed());
        return mail;
    }

    @Override
    public void close() {
        stop();
    }

    private static void restore(UserManager users, List<ReceivedMail> saved) {
        for (ReceivedMail received : saved) {
            MailFolder inbox = inboxOf(users, mailboxOf(users, received.mailbox()));
            inbox.appendMessage(received.message(), new Flags(), java.util.Date.from(received.received()));
        }
    }

    private static GreenMailUser mailboxOf(UserManager users, String address) {
        // Two messages for a new recipient can arrive at once: create its mailbox once.
        synchronized (users) {
            GreenMailUser user = users.getUserByEmail(address);
            if (user != null) {
                return user;
            }
            try {
                return users.createUser(address, address, address);
            } catch (UserException e) {
                throw new IllegalStateException("Cannot create a mailbox", e);
            }
        }
    }

    private static MailFolder inboxOf(UserManager users, GreenMailUser user) {
        try {
            return users.getImapHostManager().getInbox(user);
        } catch (FolderException e) {
            throw new IllegalStateException("Mailbox without an inbox", e);
        }
    }

    /** Package-private for the mailbox page: one message by mailbox and UID, or null. */
    synchronized MimeMessage message(String mailbox, long uid) {
        if (server == null) {
            return null;
        }
        UserManager users = server.getUserManager();
        GreenMailUser user = users.getUserByEmail(mailbox);
        if (user == null) {
            return null;
        }
        StoredMessage stored = inboxOf(users, user).getMessage(uid);
        return stored == null ? null : stored.getMimeMessage();
    }
}
