package studio.vive.booking.admin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/** An inclusive range of studio dates from a staff query ({@code from}, {@code to}). */
record DateRange(LocalDate from, LocalDate to) {

    /**
     * The range asked for, with defaults for what is missing.
     *
     * @throws InvalidRequestException when {@code to} is before {@code from} or the range is too long
     */
    static DateRange of(LocalDate from, LocalDate to, LocalDate defaultFrom, int defaultDays, int maxDays) {
        LocalDate start = from != null ? from : to != null ? to.minusDays(defaultDays - 1L) : defaultFrom;
        LocalDate end = to != null ? to : start.plusDays(defaultDays - 1L);
        List<FieldError> errors = new ArrayList<>();
        if (end.isBefore(start)) {
            errors.add(new FieldError("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            errors.add(new FieldError("to", "the range may span at most " + maxDays + " days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new DateRange(start, end);
    }
}
