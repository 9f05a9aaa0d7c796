package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A client with a confirmed booking answered the urgent questions again before the visit (the
 * pre-visit re-check); topic {@link EventTopic#RECHECK_SUBMITTED}, booking-service to
 * screening-service only. Screening answers it with a {@link RecheckDecided}.
 *
 * <p>Carries only the answers: no name, email or phone. booking-service does not keep them; they
 * live only in this event's outbox row until Kafka acknowledged it.
 */
@Serdeable
public record RecheckSubmitted(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid UrgentAnswers answers) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A new event with a fresh id at the current schema version. */
    public static RecheckSubmitted of(UUID bookingId, Instant occurredAt, UrgentAnswers answers) {
        return new RecheckSubmitted(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, answers);
    }

    @Override
    public String toString() {
        return "RecheckSubmitted[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
