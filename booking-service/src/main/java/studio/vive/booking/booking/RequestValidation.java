package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/**
 * Checks a booking request's fields and its Idempotency-Key, and names every bad one at once:
 * the fields the caller could not read, then what Bean Validation refuses.
 */
@Singleton
class RequestValidation {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private final Validator validator;
    private final DateOfBirthRange datesOfBirth;

    RequestValidation(Validator validator, DateOfBirthRange datesOfBirth) {
        this.validator = validator;
        this.datesOfBirth = datesOfBirth;
    }

    /**
     * @param typeErrors fields the caller could not read; a field named here is not reported twice
     * @throws InvalidRequestException with one error per bad field, by field name
     */
    void validate(BookingRequest request, @Nullable String idempotencyKey, List<FieldError> typeErrors) {
        List<FieldError> errors = withViolations(typeErrors, validator.validate(request));
        if (request.client() != null) {
            datesOfBirth.refusal(request.client().dateOfBirth())
                    .ifPresent(message -> errors.add(new FieldError("client.dateOfBirth", message)));
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError(BookingRequests.IDEMPOTENCY_KEY_HEADER,
                    "must be 1 to 255 visible ASCII characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(onePerField(errors));
        }
    }

    /**
     * {@code typeErrors} followed by what Bean Validation refused, except on a field already named
     * there (an unreadable value is null, and "must not be null" would only repeat the error).
     */
    static <T> List<FieldError> withViolations(List<FieldError> typeErrors, Set<ConstraintViolation<T>> violations) {
        List<FieldError> errors = new ArrayList<>(typeErrors);
        Set<String> unreadable = typeErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        for (ConstraintViolation<T> violation : violations) {
            String field = violation.getPropertyPath().toString();
            if (!unreadable.contains(field)) {
                errors.add(new FieldError(field, violation.getMessage()));
            }
        }
        return errors;
    }

    /** One error per field (its messages joined), by field name. */
    private static List<FieldError> onePerField(List<FieldError> errors) {
        Map<String, String> messages = new TreeMap<>();
        for (FieldError error : errors) {
            messages.merge(error.field(), error.message(), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return messages.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }
}
