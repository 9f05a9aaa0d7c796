package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
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
 *
 * <p>{@code clearance} is optional (added in a minor change, ADR 0002): absent in events of
 * producers that predate it and whenever the client re-books without a valid doctor's clearance;
 * a request without it is decided exactly as before.
 *
 * @param clearance the doctor's clearance the client re-books with, or null
 */
@Serdeable
public record BookingRequested(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull LocalDate appointmentDate,
        @NotNull LocalDate clientDateOfBirth,
        @NotNull @Valid ScreeningAnswers screening,
        @Nullable @Valid @JsonInclude(JsonInclude.Include.NON_NULL) ClearanceGrant clearance)
        implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Creator
    public BookingRequested {
    }

    /** The shape before {@code clearance} existed: a request without a clearance. */
    public BookingRequested(UUID eventId, int schemaVersion, Instant occurredAt, UUID bookingId,
                            LocalDate appointmentDate, LocalDate clientDateOfBirth, ScreeningAnswers screening) {
        this(eventId, schemaVersion, occurredAt, bookingId, appointmentDate, clientDateOfBirth, screening, null);
    }

    /** A new event with a fresh id at the current schema version. */
    public static BookingRequested of(UUID bookingId, Instant occurredAt, LocalDate appointmentDate,
                                      LocalDate clientDateOfBirth, ScreeningAnswers screening) {
        return new BookingRequested(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId,
                appointmentDate, clientDateOfBirth, screening, null);
    }

    /** A new event carrying a doctor's clearance (null: none). */
    public static BookingRequested of(UUID bookingId, Instant occurredAt, LocalDate appointmentDate,
                                      LocalDate clientDateOfBirth, ScreeningAnswers screening,
                                      @Nullable ClearanceGrant clearance) {
        return new BookingRequested(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId,
                appointmentDate, clientDateOfBirth, screening, clearance);
    }

    @Override
    public String toString() {
        return "BookingRequested[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
