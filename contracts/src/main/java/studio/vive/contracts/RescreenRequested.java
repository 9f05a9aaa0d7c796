package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/**
 * A client moved their booking to another date (issue 16): screening decides the booking again
 * for the new {@code appointmentDate}, since the age rule is computed on the appointment date.
 * Topic {@link EventTopic#RESCREEN_REQUESTED}, booking-service to screening-service only.
 * Screening answers with a {@link BookingCleared} or {@link ReferralRaised} whose
 * {@code requestEventId} is this event's id.
 *
 * <p>Screening decides from the answers it keeps with the booking's first decision. Once those
 * were purged (the retention period, ADR 0001), booking-service asks the client again and the
 * answers travel here in {@code screening}; screening decides on them and does not keep them.
 *
 * @param screening the answers given again, or null: decide from the stored ones
 * @param clearance the doctor's clearance the booking relies on, still valid on the new date, or null
 */
@Serdeable
public record RescreenRequested(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull LocalDate appointmentDate,
        @NotNull LocalDate clientDateOfBirth,
        @Nullable @Valid @JsonInclude(JsonInclude.Include.NON_NULL) ScreeningAnswers screening,
        @Nullable @Valid @JsonInclude(JsonInclude.Include.NON_NULL) ClearanceGrant clearance)
        implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A new event with a fresh id at the current schema version. */
    public static RescreenRequested of(UUID bookingId, Instant occurredAt, LocalDate appointmentDate,
                                       LocalDate clientDateOfBirth, @Nullable ScreeningAnswers screening,
                                       @Nullable ClearanceGrant clearance) {
        return new RescreenRequested(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, appointmentDate,
                clientDateOfBirth, screening, clearance);
    }

    /** Whether the client answered the questions again (their first answers were purged). */
    public boolean answeredAgain() {
        return screening != null;
    }

    @Override
    public String toString() {
        return "RescreenRequested[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
