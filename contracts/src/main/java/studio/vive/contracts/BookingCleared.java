package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * No red flag, or only red flags a doctor's clearance covers: the booking may go ahead as a massage.
 *
 * @param clearanceId the doctor's clearance the decision relied on; null (absent) when none
 * @param cleared     the matched rules the clearance covered; null (absent) when none
 */
@Serdeable
public record BookingCleared(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull UUID requestEventId,
        @NotNull String ruleSetVersion,
        @NotNull Instant decidedAt,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) UUID clearanceId,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<@Valid ClearedRule> cleared)
        implements ScreeningOutcome {

    public static final int SCHEMA_VERSION = 1;

    @Creator
    public BookingCleared {
        cleared = cleared == null ? null : List.copyOf(cleared);
    }

    /** The shape before a clearance could be relied on. */
    public BookingCleared(UUID eventId, int schemaVersion, Instant occurredAt, UUID bookingId, UUID requestEventId,
                          String ruleSetVersion, Instant decidedAt) {
        this(eventId, schemaVersion, occurredAt, bookingId, requestEventId, ruleSetVersion, decidedAt, null, null);
    }

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
