package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed booking was cancelled: both client and therapist get a calendar cancellation.
 *
 * <p>{@code cancelledBy} is optional (added in a minor change, ADR 0002): absent in events of
 * producers that predate it, where it means the client cancelled, as it always did then.
 *
 * @param cancelledBy who cancelled, or null (the client); a studio cancellation sends the client an
 *                    apology with a link to book again
 */
@Serdeable
public record BookingCancelled(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull @Valid Appointment appointment,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) CancelledBy cancelledBy)
        implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    @Creator
    public BookingCancelled {
    }

    /** The shape before {@code cancelledBy} existed: the client cancelled. */
    public BookingCancelled(UUID eventId, int schemaVersion, Instant occurredAt, UUID bookingId, Contact client,
                            Appointment appointment) {
        this(eventId, schemaVersion, occurredAt, bookingId, client, appointment, null);
    }

    /** The client's own cancellation, in the shape every consumer has always read. */
    public static BookingCancelled of(UUID bookingId, Instant occurredAt, Contact client, Appointment appointment) {
        return new BookingCancelled(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, appointment);
    }

    /** A cancellation that says who cancelled. */
    public static BookingCancelled of(UUID bookingId, Instant occurredAt, Contact client, Appointment appointment,
                                      CancelledBy cancelledBy) {
        return new BookingCancelled(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, appointment,
                cancelledBy);
    }

    /** Whether the studio cancelled (an event without the field: the client did). */
    public boolean byStudio() {
        return cancelledBy == CancelledBy.STUDIO;
    }

    @Override
    public String toString() {
        return "BookingCancelled[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
