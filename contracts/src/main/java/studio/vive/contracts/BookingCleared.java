package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** No red flag: the booking may go ahead as a massage. */
@Serdeable
public record BookingCleared(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull UUID requestEventId,
        @NotNull String ruleSetVersion,
        @NotNull Instant decidedAt) implements ScreeningOutcome {

    public static final int SCHEMA_VERSION = 1;

    public static BookingCleared of(UUID bookingId, UUID requestEventId, String ruleSetVersion, Instant decidedAt) {
        return new BookingCleared(UUID.randomUUID(), SCHEMA_VERSION, decidedAt, bookingId, requestEventId,
                ruleSetVersion, decidedAt);
    }

    @Override
    public Tier tier() {
        return Tier.CLEARED;
    }

    @Override
    public List<Reason> reasons() {
        return List.of();
    }
}
