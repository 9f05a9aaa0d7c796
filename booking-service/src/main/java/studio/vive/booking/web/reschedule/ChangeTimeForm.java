package studio.vive.booking.web.reschedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The change-time form: the booking's token (in the body, never in a log line) and the chosen
 * free time as {@code <therapistId>|<ISO start>}, the value of its radio button.
 */
@Serdeable
record ChangeTimeForm(@Nullable String token, @Nullable String slot) {

    private static final String SEPARATOR = "|";

    static String valueOf(String therapistId, OffsetDateTime startsAt) {
        return therapistId + SEPARATOR + startsAt;
    }

    /** The chosen time, or empty when none was chosen (or the value was tampered with). */
    Optional<Chosen> chosen() {
        if (slot == null || !slot.contains(SEPARATOR)) {
            return Optional.empty();
        }
        int at = slot.indexOf(SEPARATOR);
        try {
            return Optional.of(new Chosen(slot.substring(0, at), OffsetDateTime.parse(slot.substring(at + 1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    record Chosen(String therapistId, OffsetDateTime startsAt) {
    }
}
