package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import studio.vive.booking.problem.FieldError;

/**
 * Reads the text of one posted form input. A blank input reads as null (the booking service
 * reports it as missing; it is never taken as "no"); a value that cannot be read is reported
 * under the API's field name and reads as null.
 */
final class FormValues {

    private FormValues() {
    }

    static String trimmed(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    static String emptyAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Boolean yesNo(@Nullable String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }

    static <E extends Enum<E>> E choice(@Nullable String value, Class<E> type, String field,
                                        List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(new FieldError(field, "is not one of the answers offered"));
        return null;
    }

    static Integer wholeNumber(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    static LocalDate date(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date"));
            return null;
        }
    }

    static OffsetDateTime dateTime(@Nullable String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
