package studio.vive.booking.availability;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/** A free appointment time with one therapist, in the studio's time zone. */
@Serdeable
public record Slot(String therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
