package studio.vive.booking.web.studio;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Times typed into the staff forms' {@code datetime-local} fields, which carry no offset. */
final class StudioFormTimes {

    private StudioFormTimes() {
    }

    /**
     * A {@code datetime-local} value is studio time: the offset is the studio's on that date.
     * Anything unreadable is passed on as typed, so the request's validation names it.
     */
    static @Nullable String withOffset(@Nullable String local, ZoneId studioZone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local).atZone(studioZone).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
