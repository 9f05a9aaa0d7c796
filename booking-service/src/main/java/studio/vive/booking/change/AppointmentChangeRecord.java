package studio.vive.booking.change;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import studio.vive.contracts.ChangeReason;

/** One change of a booking's appointment: what it was before, why, and the invite SEQUENCE it got. */
@MappedEntity("appointment_change")
public record AppointmentChangeRecord(@Id UUID bookingId, int sequence, ChangeReason reason, String previousTherapistId,
                               Instant previousStartsAt, Instant previousEndsAt, Instant changedAt) {
}
