package studio.vive.booking.studio;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.time.StudioTime;

/**
 * The period of a staff list from its {@code from} and {@code to} query parameters: studio dates
 * (inclusive, as in every other staff query) or ISO-8601 times with offset. Missing ends default
 * to {@code defaultDays} around today.
 */
@Singleton
public class StaffPeriod {

    private final StudioTime time;
    private final StudioAdminSettings settings;

    StaffPeriod(StudioTime time, StudioAdminSettings settings) {
        this.time = time;
        this.settings = settings;
    }

    /** The period ending today (for logs of the past), unless the request says otherwise. */
    public TimeRange of(@Nullable String from, @Nullable String to) {
        return resolve(from, to, time.startOf(time.today().minusDays(settings.defaultDays() - 1L)));
    }

    /** The period starting today (for what is planned), unless the request says otherwise. */
    public TimeRange ahead(@Nullable String from, @Nullable String to) {
        return resolve(from, to, time.startOf(time.today()));
    }

    private TimeRange resolve(@Nullable String from, @Nullable String to, Instant defaultStart) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        Duration span = Duration.ofDays(settings.defaultDays());
        start = start != null ? start : end != null ? end.minus(span) : defaultStart;
        end = end != null ? end : start.plus(span);
        if (!end.isAfter(start)) {
            throw new InvalidRequestException(List.of(new FieldError("to", "must be after from")));
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(settings.maxRangeDays())) > 0) {
            throw new InvalidRequestException(List.of(new FieldError("to",
                    "the range may span at most " + settings.maxRangeDays() + " days")));
        }
        return new TimeRange(start, end);
    }

    /** A date means its start (or, for {@code to}, the end of that day: ranges are inclusive). */
    private Instant instant(String field, @Nullable String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return time.startOf(endOfDay ? date.plusDays(1) : date);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(List.of(new FieldError(field,
                        "must be a date (YYYY-MM-DD) or a time with offset (ISO-8601)")));
            }
        }
    }
}
