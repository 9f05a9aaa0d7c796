package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client asked for a massage and answered the screening questions; topic
 * {@link EventTopic#BOOKING_REQUESTED}.
 *
 * <p>Carries only what screening needs: the answers, the date of birth and the appointment date
 * (age is computed on the appointment date). No name, email or phone.
 */
@Serdeable
public record BookingRequested(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull LocalDate appointmentDate,
        @NotNull LocalDate clientDateOfBirth,
        @NotNull @Valid ScreeningAnswers screening) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A new event with a fresh id at the current schema version. */
    public static BookingRequested of(UUID bookingId, Instant occurredAt, LocalDate appointmentDate,
                                      LocalDate clientDateOfBirth, ScreeningAnswers screening) {
        return new BookingRequested(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId,
                appointmentDate, clientDateOfBirth, screening);
    }

    @Override
    public String toString() {
        return "BookingRequested[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
