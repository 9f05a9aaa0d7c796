package studio.vive.booking.web;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a day a page was asked for (ISO {@code YYYY-MM-DD}). Pages are forgiving: a missing or
 * unreadable day means the page's default, never an error page.
 */
public final class QueryDates {

    private QueryDates() {
    }

    /** The day {@code text} names, or empty when it is blank or not a date. */
    public static Optional<LocalDate> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
