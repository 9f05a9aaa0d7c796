package studio.vive.booking.timeoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A range in which a therapist does not work, or (with no therapist) the whole studio is closed.
 *
 * @param therapistId null for a studio closure
 * @param createdBy   the staff user who added it
 */
@MappedEntity("time_off")
record TimeOff(@Id UUID id, @Nullable String therapistId, Instant startsAt, Instant endsAt, String reason,
               String createdBy, Instant createdAt) {

    boolean isClosure() {
        return therapistId == null;
    }
}
