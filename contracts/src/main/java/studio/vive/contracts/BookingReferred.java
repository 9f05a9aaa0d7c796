package studio.vive.contracts;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
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
 *
 * @param appointment the appointment this referral cancels, present only when the booking had been
 *                    confirmed (a pre-visit re-check found an urgent red flag): the therapist then
 *                    gets a calendar cancellation. Optional, added in a minor version (ADR 0001).
 */
@Serdeable
public record BookingReferred(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull Tier tier,
        @NotEmpty List<@Valid Reason> reasons,
        @Nullable @Valid Appointment appointment) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    @Creator
    public BookingReferred {
        reasons = reasons == null ? null : List.copyOf(reasons);
    }

    /** A referral of a booking that was never confirmed (no appointment to cancel). */
    public BookingReferred(UUID eventId, int schemaVersion, Instant occurredAt, UUID bookingId, Contact client,
                           Tier tier, List<Reason> reasons) {
        this(eventId, schemaVersion, occurredAt, bookingId, client, tier, reasons, null);
    }

    public static BookingReferred of(UUID bookingId, Instant occurredAt, Contact client, Tier tier,
                                     List<Reason> reasons) {
        return new BookingReferred(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, tier, reasons);
    }

    /** The referral of a confirmed booking: its {@code appointment} is cancelled with it. */
    public static BookingReferred ofConfirmed(UUID bookingId, Instant occurredAt, Contact client, Tier tier,
                                              List<Reason> reasons, Appointment appointment) {
        return new BookingReferred(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, tier, reasons,
                appointment);
    }

    @Override
    public String toString() {
        return "BookingReferred[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
