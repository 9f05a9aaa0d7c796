package studio.vive.booking.studio;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/** Collects the bad fields of a staff request, so one 400 names all of them. */
final class Fields {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}<>]");

    private final List<FieldError> errors = new ArrayList<>();

    /** A required text (or, when {@code optional}, absent) of at most {@code max} characters, without markup. */
    Fields text(String field, @Nullable String value, int max, boolean optional) {
        if (value == null) {
            return optional ? this : error(field, "is required");
        }
        if (value.isBlank()) {
            return error(field, "must not be blank");
        }
        if (value.length() > max) {
            return error(field, "must be at most " + max + " characters");
        }
        return CONTROL.matcher(value).find() ? error(field, "must not contain control characters or markup") : this;
    }

    Fields matches(String field, @Nullable String value, Pattern pattern, String rule, boolean optional) {
        if (value == null) {
            return optional ? this : error(field, "is required");
        }
        return pattern.matcher(value).matches() ? this : error(field, rule);
    }

    Fields check(boolean ok, String field, String message) {
        return ok ? this : error(field, message);
    }

    Fields error(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** @throws InvalidRequestException naming every bad field, if there is one */
    void orRefuse() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
