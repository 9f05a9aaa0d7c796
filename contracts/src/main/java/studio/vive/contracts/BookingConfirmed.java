package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Screening cleared the booking and the slot is confirmed: the client gets a confirmation with a
 * calendar invite, the therapist a notice.
 *
 * @param manageUrl where the client sees or cancels the booking (contains its access token)
 */
@Serdeable
public record BookingConfirmed(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull @Valid Appointment appointment,
        @NotBlank String manageUrl) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    public static BookingConfirmed of(UUID bookingId, Instant occurredAt, Contact client, Appointment appointment,
                                      String manageUrl) {
        return new BookingConfirmed(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, appointment,
                manageUrl);
    }

    @Override
    public String toString() {
        return "BookingConfirmed[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
