package studio.vive.booking.booking;

import io.micronaut.data.annotation.Embeddable;
import java.time.LocalDate;
import studio.vive.contracts.Contact;

/**
 * Who booked, as stored with the booking (columns {@code client_*}). Personal data:
 * {@link #toString()} redacts it.
 */
@Embeddable
public record BookingClient(String name, String email, String phone, LocalDate dateOfBirth) {

    /** The client of a request, with the surrounding blanks of what they typed removed. */
    static BookingClient of(ClientDetails details) {
        return new BookingClient(details.name().strip(), details.email().strip(), details.phone().strip(),
                details.dateOfBirth());
    }

    /** Whom notification-service writes to. */
    public Contact contact() {
        return new Contact(name, email);
    }

    @Override
    public String toString() {
        return "BookingClient[redacted]";
    }
}
