package studio.vive.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.mail.EmailKind;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.mail.ReceivedEmail;

/** One booking's emails in one mailbox, and what their calendar invites say. */
final class BookingMail {

    private final Mailbox mailbox;

    BookingMail(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** The emails of {@code kind} about {@code booking} that {@code recipient} received. */
    List<ReceivedEmail> of(String recipient, AcceptedBooking booking, EmailKind kind) {
        return mailbox.received(List.of(recipient), Map.of(booking.clientEmail().toLowerCase(Locale.ROOT), booking.id()))
                .stream()
                .filter(email -> email.bookingId().equals(Optional.of(booking.id())) && email.kind() == kind)
                .toList();
    }

    /** The one email of {@code kind} about {@code booking} for {@code recipient}; fails on none or several. */
    ReceivedEmail only(String recipient, AcceptedBooking booking, EmailKind kind) {
        List<ReceivedEmail> emails = of(recipient, booking, kind);
        assertThat(emails).as(kind + " for " + booking).hasSize(1);
        return emails.get(0);
    }

    static String uid(ReceivedEmail email) {
        return property(email, "UID:");
    }

    static String sequence(ReceivedEmail email) {
        return property(email, "SEQUENCE:");
    }

    private static String property(ReceivedEmail email, String name) {
        return email.calendars().stream().flatMap(String::lines)
                .filter(line -> line.startsWith(name))
                .map(line -> line.substring(name.length()).trim())
                .findFirst().orElse("");
    }
}
