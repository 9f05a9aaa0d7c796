package studio.vive.e2e.mail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One message as the SMTP server received it, reduced to what the suite checks.
 *
 * @param recipient the mailbox it was delivered to
 * @param messageId the RFC 5322 Message-ID header
 * @param subject the subject line
 * @param kind what kind of email it is
 * @param bookingId the booking it is about, when the suite could tell
 * @param plainText the decoded text/plain body ("" when none)
 * @param html the decoded text/html body ("" when none)
 * @param calendars the decoded text/calendar parts
 */
public record ReceivedEmail(String recipient, String messageId, String subject, EmailKind kind,
                            Optional<UUID> bookingId, String plainText, String html, List<String> calendars) {

    /** The key under which an email must be unique: same recipient, same booking, same kind. */
    public record Identity(String recipient, UUID bookingId, EmailKind kind) {
    }

    public Optional<Identity> identity() {
        return bookingId.map(id -> new Identity(recipient, id, kind));
    }

    /** The METHOD of the first calendar part (REQUEST, CANCEL), or empty. */
    public Optional<String> calendarMethod() {
        return calendars.stream().flatMap(ics -> ics.lines())
                .filter(line -> line.startsWith("METHOD:"))
                .map(line -> line.substring("METHOD:".length()).trim())
                .findFirst();
    }

    @Override
    public String toString() {
        return kind + " " + messageId + bookingId.map(id -> " booking " + id).orElse("");
    }
}
