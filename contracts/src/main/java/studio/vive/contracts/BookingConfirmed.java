package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Screening cleared the booking and the slot is confirmed: the client gets a confirmation with a
 * calendar invite, the therapist a notice.
 *
 * @param manageUrl <b>retired</b> (issue 13): the manage link with its access token, written only by
 *                  booking-service builds before issue 13 and still met in old records (topic and
 *                  dead-letter retention); absent since: notification-service fetches a link from
 *                  booking-service for each email. Optional per ADR 0002's retirement rule: every
 *                  consumer stopped needing it before the producer stopped writing it.
 */
@Serdeable
public record BookingConfirmed(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull @Valid Appointment appointment,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String manageUrl) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    /** The current shape: no manage link. */
    public static BookingConfirmed of(UUID bookingId, Instant occurredAt, Contact client, Appointment appointment) {
        return of(bookingId, occurredAt, client, appointment, null);
    }

    /** The shape booking-service wrote before issue 13, with the manage link: for tests of old records. */
    public static BookingConfirmed of(UUID bookingId, Instant occurredAt, Contact client, Appointment appointment,
                                      @Nullable String manageUrl) {
        return new BookingConfirmed(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, appointment,
                manageUrl);
    }

    @Override
    public String toString() {
        return "BookingConfirmed[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
