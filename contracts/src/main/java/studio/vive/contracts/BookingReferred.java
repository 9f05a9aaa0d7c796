package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Screening raised a referral: the booking is not confirmed and its slot is released. The client
 * is told to see a doctor (immediately when {@code tier} is {@link Tier#URGENT_REFERRAL}), with
 * the reasons in plain language.
 */
@Serdeable
public record BookingReferred(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull Tier tier,
        @NotEmpty List<@Valid Reason> reasons) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    public BookingReferred {
        reasons = reasons == null ? null : List.copyOf(reasons);
    }

    public static BookingReferred of(UUID bookingId, Instant occurredAt, Contact client, Tier tier,
                                     List<Reason> reasons) {
        return new BookingReferred(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, tier, reasons);
    }

    @Override
    public String toString() {
        return "BookingReferred[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
