package studio.vive.localstack;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import studio.vive.localinfra.EmbeddedKafka;
import studio.vive.localinfra.EmbeddedMail;
import studio.vive.localinfra.EmbeddedPostgres;
import studio.vive.localinfra.MailboxPage;
import studio.vive.localinfra.PostgresDurability;
import studio.vive.localinfra.ReceivedMail;

/** Kafka, PostgreSQL, the mail server and its page on their fixed ports, data under {@code .local/}. */
final class LocalInfrastructure implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgres postgres;
    private final EmbeddedMail mail;
    private final MailboxPage mailboxPage;
    private final Progress progress;
    /** Set before close() waits for the lock, so no further step starts once a stop was asked for. */
    private volatile boolean closed;

    LocalInfrastructure(Path dataDirectory, ZoneId studioZone, Progress progress) {
        this(dataDirectory, studioZone, PostgresDurability.DURABLE, progress);
    }

    LocalInfrastructure(Path dataDirectory, ZoneId studioZone, PostgresDurability durability, Progress progress) {
        this.kafka = new EmbeddedKafka(dataDirectory.resolve("kafka"), StackPorts.KAFKA);
        this.postgres = new EmbeddedPostgres(dataDirectory.resolve("postgres"), StackPorts.POSTGRES, durability);
        this.mail = new EmbeddedMail(dataDirectory.resolve("mail"), StackPorts.SMTP, StackPorts.IMAP);
        this.mailboxPage = new MailboxPage(mail, StackPorts.MAILBOX_PAGE, studioZone);
        this.progress = progress;
    }

    void start(List<String> databases) {
        // The two slow starts (seconds each) overlap; on two cores that is most of the stack's start-up.
        step("PostgreSQL 17 on port " + postgres.port() + ", " + postgres.durability().description() + ", and Kafka (KRaft) on " + kafka.bootstrapServers(), () -> {
            CompletableFuture<Void> database = CompletableFuture.runAsync(postgres::start);
            kafka.start();
            try {
                database.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        });
        step("databases " + String.join(", ", databases), () -> databases.forEach(postgres::createDatabaseIfMissing));
        step("SMTP on port " + mail.smtpPort() + ", IMAP on port " + mail.imapPort(), mail::start);
        step("mailbox page on " + mailboxPage.url(), mailboxPage::start);
    }

    /**
     * One start step, under the same lock as {@link #close()}: a Ctrl-C during start-up either
     * waits for the step and stops what it started, or prevents it. Nothing starts after close.
     */
    private synchronized void step(String what, Runnable start) {
        if (closed) {
            throw new IllegalStateException("stopped while starting");
        }
        progress.step(what, start);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    String smtpHost() {
        return mail.host();
    }

    int smtpPort() {
        return mail.smtpPort();
    }

    int imapPort() {
        return mail.imapPort();
    }

    List<ReceivedMail> receivedMail() {
        return mail.receivedMail();
    }

    String mailboxPageUrl() {
        return mailboxPage.url();
    }

    /** Stops everything that runs, each independently: one failure must not leave PostgreSQL behind. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            stopAll();
        }
    }

    private void stopAll() {
        progress.quietly("mailbox page", mailboxPage::stop);
        progress.quietly("mail server", mail::stop);
        progress.quietly("Kafka", kafka::stop);
        progress.quietly("PostgreSQL", postgres::stop);
    }
}
