package studio.vive.e2e.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
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

    private final Infrastructure infrastructure;

    public Mailbox(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /** Every message received so far by these recipients, classified against these bookings. */
    public List<ReceivedEmail> received(Collection<String> recipients, Map<String, UUID> bookingByClientAddress) {
        EmailReader reader = new EmailReader(bookingByClientAddress, Set.copyOf(bookingByClientAddress.values()),
                Set.copyOf(THERAPIST_ADDRESSES.values()));
        List<ReceivedEmail> emails = new ArrayList<>();
        for (String recipient : recipients) {
            for (MimeMessage message : infrastructure.messagesFor(recipient)) {
                emails.add(reader.read(recipient, message));
            }
        }
        return emails;
    }
}
