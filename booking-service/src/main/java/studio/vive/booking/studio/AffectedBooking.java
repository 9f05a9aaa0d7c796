package studio.vive.booking.studio;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking a staff change left in conflict (its therapist is away or no longer works here); it
 * still stands until the admin reassigns or cancels it. No client data: staff open it for that.
 */
@Serdeable
public record AffectedBooking(UUID id, String therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
