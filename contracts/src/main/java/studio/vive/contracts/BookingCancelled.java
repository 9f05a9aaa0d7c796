package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A confirmed booking was cancelled: both client and therapist get a calendar cancellation. */
@Serdeable
public record BookingCancelled(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull @Valid Appointment appointment) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    public static BookingCancelled of(UUID bookingId, Instant occurredAt, Contact client, Appointment appointment) {
        return new BookingCancelled(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, appointment);
    }

    @Override
    public String toString() {
        return "BookingCancelled[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
