package studio.vive.booking.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/** Strict parsing of dates from query parameters: 2030-02-30 is an error, not 2 March. */
public final class StudioDates {

    private StudioDates() {
    }

    /**
     * {@code value} as an ISO date, or null when absent.
     *
     * @throws InvalidRequestException naming {@code field} when it is not a real YYYY-MM-DD date
     */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldError(field, "must be a date (YYYY-MM-DD)")));
        }
    }
}
