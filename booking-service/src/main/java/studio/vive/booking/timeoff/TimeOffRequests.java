package studio.vive.booking.timeoff;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.studio.StudioAdminSettings;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffRequest;

/** Reads a time-off request: a range with offsets, ending after it starts, not too long, with a reason. */
@Singleton
public class TimeOffRequests {

    static final int REASON_MAX = 500;

    private final StudioAdminSettings settings;

    TimeOffRequests(StudioAdminSettings settings) {
        this.settings = settings;
    }

    /** @throws InvalidRequestException naming every bad field */
    public TimeRange range(TimeOffRequest request) {
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        Instant start = instant("startsAt", request.startsAt(), errors);
        Instant end = instant("endsAt", request.endsAt(), errors);
        String reason = request.reason();
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX || reason.matches("(?s).*[\\p{Cc}<>].*")) {
            errors.add(new FieldError("reason", "is required: 1-" + REASON_MAX + " characters, no markup"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        } else if (start != null && end != null
                && Duration.between(start, end).compareTo(Duration.ofDays(settings.maxRangeDays())) > 0) {
            errors.add(new FieldError("endsAt", "time off may span at most " + settings.maxRangeDays() + " days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new TimeRange(start, end);
    }

    private static Instant instant(String field, String value, java.util.List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a time with offset (ISO-8601), e.g. 2030-06-10T09:00:00+10:00"));
            return null;
        }
    }
}
