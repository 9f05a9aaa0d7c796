package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed booking's appointment moved: to another therapist at the same time (the studio
 * reassigned it) or to another time (the client rescheduled it and screening cleared the new
 * date). Topic {@link EventTopic#BOOKING_LIFECYCLE}.
 *
 * <p>The client gets an updated calendar invite; when the therapist changed, the previous one a
 * cancellation and the new one a notice, otherwise the therapist an updated invite. Every invite
 * of a booking shares one calendar UID; {@code inviteSequence} is its RFC 5545 SEQUENCE for this
 * change, counted by booking-service per booking (the confirmation's invite is 0, each change one
 * more), so calendars replace the older copy.
 *
 * @param previous       the appointment as the parties had it before this change
 * @param appointment    the appointment now
 * @param inviteSequence the SEQUENCE of the updated invite (1 or more)
 * @param reason         why it changed
 */
@Serdeable
public record AppointmentChanged(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull @Valid Contact client,
        @NotNull @Valid Appointment previous,
        @NotNull @Valid Appointment appointment,
        @Min(1) int inviteSequence,
        @NotNull ChangeReason reason) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    public static AppointmentChanged of(UUID bookingId, Instant occurredAt, Contact client, Appointment previous,
                                        Appointment appointment, int inviteSequence, ChangeReason reason) {
        return new AppointmentChanged(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, client, previous,
                appointment, inviteSequence, reason);
    }

    /** Whether the booking moved to another therapist. */
    public boolean therapistChanged() {
        return !previous.therapist().id().equals(appointment.therapist().id());
    }

    @Override
    public String toString() {
        return "AppointmentChanged[eventId=" + eventId + ", bookingId=" + bookingId + ", reason=" + reason + "]";
    }
}
