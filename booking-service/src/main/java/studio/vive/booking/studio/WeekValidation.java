package studio.vive.booking.studio;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.catalogue.WorkingHours;

/**
 * Checks a week of working intervals: a real day, times within the day, start before end, no
 * two intervals of a day overlapping. Pure logic, so every rule is unit-tested on its own.
 */
final class WeekValidation {

    private WeekValidation() {
    }

    /**
     * The intervals of {@code therapistId} as rows to store.
     *
     * @throws studio.vive.booking.problem.InvalidRequestException naming each invalid interval by
     *         its position ({@code [2]}) and what it is ({@code MONDAY 12:00-11:00})
     */
    static List<WorkingHours> parse(String therapistId, List<WeeklyInterval> week) {
        Fields fields = new Fields();
        List<WorkingHours> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            WeeklyInterval interval = week.get(i);
            String problem = problem(interval);
            if (problem != null) {
                fields.error("[" + i + "]", describe(interval) + ": " + problem);
            } else {
                rows.add(new WorkingHours(null, therapistId, (short) DayOfWeek.valueOf(interval.day()).getValue(),
                        LocalTime.parse(interval.startsAt()), LocalTime.parse(interval.endsAt())));
                positions.add(i);
            }
        }
        reportOverlaps(rows, positions, week, fields);
        fields.orRefuse();
        return rows;
    }

    private static void reportOverlaps(List<WorkingHours> rows, List<Integer> positions, List<WeeklyInterval> week,
                                       Fields fields) {
        for (int a = 0; a < rows.size(); a++) {
            for (int b = 0; b < rows.size(); b++) {
                WorkingHours x = rows.get(a);
                WorkingHours y = rows.get(b);
                if (a != b && x.dayOfWeek() == y.dayOfWeek() && x.startsAt().isBefore(y.endsAt())
                        && y.startsAt().isBefore(x.endsAt())) {
                    fields.error("[" + positions.get(a) + "]", describe(week.get(positions.get(a)))
                            + ": overlaps " + describe(week.get(positions.get(b))));
                    break;
                }
            }
        }
    }

    /** What is wrong with one interval on its own, or null. */
    private static String problem(WeeklyInterval interval) {
        if (interval == null || interval.day() == null || interval.startsAt() == null || interval.endsAt() == null) {
            return "day, startsAt and endsAt are required";
        }
        try {
            DayOfWeek.valueOf(interval.day());
        } catch (IllegalArgumentException e) {
            return "day must be MONDAY to SUNDAY";
        }
        LocalTime start = time(interval.startsAt());
        LocalTime end = time(interval.endsAt());
        if (start == null || end == null) {
            return "times must be within the day, HH:MM from 00:00 to 23:59";
        }
        return start.isBefore(end) ? null : "must start before it ends";
    }

    private static LocalTime time(String value) {
        if (!value.matches("\\d{2}:\\d{2}")) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String describe(WeeklyInterval interval) {
        return interval == null ? "null" : interval.day() + " " + interval.startsAt() + "-" + interval.endsAt();
    }
}
