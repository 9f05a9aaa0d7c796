package studio.vive.e2e.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.Tier;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.mail.EmailKind;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.mail.ReceivedEmail;

/**
 * Accounts for every accepted booking of a stream: its status and outcome through the public API
 * (with its access token), and its emails on the SMTP server.
 */
public final class BookingAudit {

    private final BookingApi api;
    private final Mailbox mailbox;

    public BookingAudit(BookingApi api, Mailbox mailbox) {
        this.api = api;
        this.mailbox = mailbox;
    }

    /** The emails a booking of this tier must produce, and nothing else. */
    public static Set<ReceivedEmail.Identity> expectedEmails(AcceptedBooking booking) {
        Set<ReceivedEmail.Identity> expected = new LinkedHashSet<>();
        String client = booking.clientEmail().toLowerCase(Locale.ROOT);
        switch (booking.expectedTier()) {
            case CLEARED -> {
                expected.add(new ReceivedEmail.Identity(client, booking.id(), EmailKind.CLIENT_CONFIRMATION));
                expected.add(new ReceivedEmail.Identity(Mailbox.THERAPIST_ADDRESSES.get(booking.therapistId()),
                        booking.id(), EmailKind.THERAPIST_NOTICE));
            }
            case REFERRAL -> expected.add(new ReceivedEmail.Identity(client, booking.id(), EmailKind.REFERRAL));
            case URGENT_REFERRAL -> expected.add(new ReceivedEmail.Identity(client, booking.id(), EmailKind.URGENT_REFERRAL));
        }
        return expected;
    }

    /**
     * The emails a booking may produce besides {@link #expectedEmails}: a confirmed booking's client
     * reminder, which notification-service sends at once when the appointment is between
     * {@code REMINDER_SKIP_WITHIN} and {@code REMINDER_LEAD} away, so whether it comes depends on
     * the time of day the suite runs. Once at most: a second copy is still a duplicate.
     */
    public static Set<ReceivedEmail.Identity> permittedEmails(AcceptedBooking booking) {
        return booking.expectedTier() == Tier.CLEARED
                ? Set.of(new ReceivedEmail.Identity(booking.clientEmail().toLowerCase(Locale.ROOT), booking.id(),
                        EmailKind.CLIENT_REMINDER))
                : Set.of();
    }

    /** Audits the bookings now. */
    public AuditReport audit(String scenario, int submitted, List<AcceptedBooking> bookings) {
        List<String> findings = new ArrayList<>();
        int finalStatus = 0;
        Set<UUID> notFinal = new HashSet<>();
        for (AcceptedBooking booking : bookings) {
            if (hasFinalState(booking, findings)) {
                finalStatus++;
            } else {
                notFinal.add(booking.id());
            }
        }

        Map<String, UUID> bookingByClient = bookings.stream().collect(Collectors.toMap(
                b -> b.clientEmail().toLowerCase(Locale.ROOT), AcceptedBooking::id, (a, b) -> a));
        Set<String> recipients = new LinkedHashSet<>(bookingByClient.keySet());
        bookings.stream().filter(b -> b.expectedTier() == Tier.CLEARED)
                .map(b -> Mailbox.THERAPIST_ADDRESSES.get(b.therapistId()))
                .forEach(recipients::add);
        List<ReceivedEmail> emails = mailbox.received(recipients, bookingByClient).stream()
                // Therapist mailboxes hold the whole run's mail: keep only this stream's bookings.
                .filter(email -> bookingByClient.containsKey(email.recipient().toLowerCase(Locale.ROOT))
                        || email.bookingId().map(bookingByClient::containsValue).orElse(false))
                .toList();

        Set<ReceivedEmail.Identity> expected = new LinkedHashSet<>();
        bookings.forEach(b -> expected.addAll(expectedEmails(b)));
        Set<ReceivedEmail.Identity> permitted = new HashSet<>(expected);
        bookings.forEach(b -> permitted.addAll(permittedEmails(b)));

        Map<ReceivedEmail.Identity, Integer> copiesByIdentity = new HashMap<>();
        Map<String, Integer> copiesByMessageId = new HashMap<>();
        int duplicated = 0;
        int unexpected = 0;
        for (ReceivedEmail email : emails) {
            String recipient = email.recipient().toLowerCase(Locale.ROOT);
            boolean repeatOfMessageId = copiesByMessageId.merge(recipient + " " + email.messageId(), 1, Integer::sum) > 1;
            boolean repeatOfIdentity = email.identity()
                    .map(id -> new ReceivedEmail.Identity(recipient, id.bookingId(), id.kind()))
                    .map(id -> copiesByIdentity.merge(id, 1, Integer::sum) > 1)
                    .orElse(false);
            if (repeatOfMessageId || repeatOfIdentity) {
                duplicated++;
                findings.add("duplicate " + email + (repeatOfMessageId ? " (same Message-ID)" : " (same booking and kind)"));
            }
            boolean wanted = email.identity()
                    .map(id -> permitted.contains(new ReceivedEmail.Identity(recipient, id.bookingId(), id.kind())))
                    .orElse(false);
            if (!wanted) {
                unexpected++;
                findings.add("unexpected " + email + " subject '" + email.subject() + "'");
            }
        }

        int received = 0;
        Set<UUID> missingEmail = new HashSet<>();
        for (ReceivedEmail.Identity identity : expected) {
            if (copiesByIdentity.containsKey(identity)) {
                received++;
            } else {
                missingEmail.add(identity.bookingId());
                findings.add("missing " + identity.kind() + " for booking " + identity.bookingId());
            }
        }
        Set<UUID> lost = new HashSet<>(notFinal);
        lost.addAll(missingEmail);
        return new AuditReport(scenario, submitted, bookings.size(), finalStatus, expected.size(), received,
                lost.size(), duplicated, unexpected, findings);
    }

    private boolean hasFinalState(AcceptedBooking booking, List<String> findings) {
        HttpResult result;
        try {
            result = api.get(booking);
        } catch (RuntimeException e) {
            findings.add("booking " + booking.id() + " unreadable: " + e.getMessage());
            return false;
        }
        if (result.status() != 200) {
            findings.add("booking " + booking.id() + " answered " + result.status());
            return false;
        }
        JsonNode json = result.json();
        String status = json.path("status").asText();
        String tier = json.path("outcome").path("tier").asText();
        if (!booking.expectedTier().finalStatus().equals(status) || !booking.expectedTier().name().equals(tier)) {
            findings.add("booking " + booking.id() + " is " + status + "/" + (tier.isEmpty() ? "no outcome" : tier)
                    + ", expected " + booking.expectedTier().finalStatus() + "/" + booking.expectedTier());
            return false;
        }
        return true;
    }
}
