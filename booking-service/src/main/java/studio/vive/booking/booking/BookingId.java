package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a booking id from a path or form. Text that is not an id names no booking: callers
 * answer it as they answer an unknown booking (404), never with a parse error.
 */
public final class BookingId {

    private BookingId() {
    }

    /** The id {@code text} spells, or empty when it spells none. */
    public static Optional<UUID> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
