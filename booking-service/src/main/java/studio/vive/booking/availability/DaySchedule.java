package studio.vive.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.vive.booking.catalogue.WorkingHours;

/**
 * One therapist's bookable day: the working intervals of that date and the slot rules. Pure
 * logic (no database, no clock), so the rules about hours, grid, notice, horizon and buffer are
 * unit-tested on their own.
 */
public final class DaySchedule {

    private final String therapistId;
    private final List<TimeRange> workingIntervals;
    private final SlotRules rules;

    private DaySchedule(String therapistId, List<TimeRange> workingIntervals, SlotRules rules) {
        this.therapistId = therapistId;
        this.workingIntervals = List.copyOf(workingIntervals);
        this.rules = rules;
    }

    /**
     * The schedule of {@code therapistId} on studio date {@code date}.
     *
     * @param hours the therapist's working intervals on that day of week, in local time
     */
    public static DaySchedule of(String therapistId, LocalDate date, ZoneId zone, List<WorkingHours> hours,
                                 SlotRules rules) {
        List<TimeRange> intervals = new ArrayList<>();
        for (WorkingHours interval : hours) {
            Instant start = ZonedDateTime.of(date, interval.startsAt(), zone).toInstant();
            Instant end = ZonedDateTime.of(date, interval.endsAt(), zone).toInstant();
            if (end.isAfter(start)) {
                intervals.add(new TimeRange(start, end));
            }
        }
        return new DaySchedule(therapistId, intervals, rules);
    }

    public String therapistId() {
        return therapistId;
    }

    /**
     * Every start time on the grid whose appointment fits the working hours, respects notice and
     * horizon, and whose appointment plus buffer overlaps no held time.
     */
    public List<TimeRange> freeAppointments(Duration duration, Instant now, List<TimeRange> held) {
        List<TimeRange> free = new ArrayList<>();
        for (TimeRange interval : workingIntervals) {
            for (Instant start = interval.start();
                 !start.plus(duration).isAfter(interval.end());
                 start = start.plus(rules.step())) {
                TimeRange appointment = new TimeRange(start, start.plus(duration));
                if (timingProblem(start, now).isEmpty() && isFree(appointment, held)) {
                    free.add(appointment);
                }
            }
        }
        return free;
    }

    /**
     * Why an appointment of {@code duration} at {@code start} cannot be booked with this
     * therapist regardless of other bookings, or empty when it can.
     */
    public Optional<String> whyNotBookable(Instant start, Duration duration, Instant now) {
        Optional<String> timing = timingProblem(start, now);
        if (timing.isPresent()) {
            return timing;
        }
        TimeRange appointment = new TimeRange(start, start.plus(duration));
        Optional<TimeRange> interval = workingIntervals.stream().filter(i -> i.contains(appointment)).findFirst();
        if (interval.isEmpty()) {
            return Optional.of("The appointment is outside the therapist's working hours.");
        }
        Duration fromStartOfWork = Duration.between(interval.get().start(), start);
        if (fromStartOfWork.toNanos() % rules.step().toNanos() != 0) {
            return Optional.of("Appointments start every " + Durations.inWords(rules.step())
                    + " from the start of working hours; pick a time from the availability list.");
        }
        return Optional.empty();
    }

    /** Notice and horizon: the same for every therapist. */
    /**
     * Whether an appointment of {@code duration} at {@code start} lies within one working interval,
     * on or off the grid: the studio moving a booking to a colleague keeps the booked time.
     */
    public boolean covers(Instant start, Duration duration) {
        TimeRange appointment = new TimeRange(start, start.plus(duration));
        return workingIntervals.stream().anyMatch(i -> i.contains(appointment));
    }

    Optional<String> timingProblem(Instant start, Instant now) {
        return timing(start, now, rules);
    }

    /** Why {@code start} is too soon or too far ahead for anyone, or empty when it is not. */
    public static Optional<String> timing(Instant start, Instant now, SlotRules rules) {
        if (start.isBefore(now.plus(rules.minimumNotice()))) {
            return Optional.of("Bookings must be made at least " + Durations.inWords(rules.minimumNotice())
                    + " ahead.");
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            return Optional.of("Bookings can be made at most " + Durations.inWords(rules.horizon()) + " ahead.");
        }
        return Optional.empty();
    }

    private boolean isFree(TimeRange appointment, List<TimeRange> held) {
        TimeRange blocked = new TimeRange(appointment.start(), appointment.end().plus(rules.buffer()));
        return held.stream().noneMatch(blocked::overlaps);
    }
}
