package studio.vive.e2e.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import studio.vive.e2e.stack.Infrastructure;

/** What the SMTP server received for a set of recipients, read and classified. */
public final class Mailbox {

    /** booking-service's seeded therapists and their addresses (booking-service V1__catalogue.sql). */
    public static final Map<String, String> THERAPIST_ADDRESSES = Map.of(
            "mia", "mia@vive.studio",
            "noah", "noah@vive.studio",
            "ava", "ava@vive.studio");

    /**
     * Mailboxes are read over IMAP, one login per recipient; each login costs a few round trips of
     * latency, not CPU, so many are read at once.
     */
    private static final int PARALLEL_READS = 16;

    private final Infrastructure infrastructure;
    private final ExecutorService readers = Executors.newFixedThreadPool(PARALLEL_READS, runnable -> {
        Thread thread = new Thread(runnable, "e2e-imap-reader");
        thread.setDaemon(true);
        return thread;
    });

    public Mailbox(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /** The raw messages of every recipient, read in parallel. */
    public Map<String, List<MimeMessage>> messagesFor(Collection<String> recipients) {
        Map<String, CompletableFuture<List<MimeMessage>>> reads = new LinkedHashMap<>();
        for (String recipient : new LinkedHashSet<>(recipients)) {
            reads.put(recipient, CompletableFuture.supplyAsync(() -> infrastructure.messagesFor(recipient), readers));
        }
        Map<String, List<MimeMessage>> messages = new LinkedHashMap<>();
        reads.forEach((recipient, read) -> messages.put(recipient, read.join()));
        return messages;
    }

    /** Every message received so far by these recipients, classified against these bookings. */
    public List<ReceivedEmail> received(Collection<String> recipients, Map<String, UUID> bookingByClientAddress) {
        EmailReader reader = new EmailReader(bookingByClientAddress, Set.copyOf(bookingByClientAddress.values()),
                Set.copyOf(THERAPIST_ADDRESSES.values()));
        List<ReceivedEmail> emails = new ArrayList<>();
        messagesFor(recipients).forEach((recipient, messages) ->
                messages.forEach(message -> emails.add(reader.read(recipient, message))));
        return emails;
    }
}
