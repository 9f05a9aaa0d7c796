package studio.vive.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.vive.booking.catalogue.WorkingHours;

/** The slot rules on their own: hours, grid, notice, horizon, buffer, daylight saving. */
class DayScheduleTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final LocalDate DAY = LocalDate.of(2030, 6, 5);
    private static final SlotRules RULES = new SlotRules(Duration.ofMinutes(30), Duration.ofMinutes(15),
            Duration.ofHours(2), Duration.ofDays(60));
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant EARLIER = at(DAY.minusDays(1), 12, 0);

    private static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), SYDNEY).toInstant();
    }

    private static DaySchedule nineToFive(LocalDate date) {
        return DaySchedule.of("mia", date, SYDNEY,
                List.of(new WorkingHours(1, "mia", (short) 3, LocalTime.of(9, 0), LocalTime.of(17, 0))), RULES);
    }

    @Test
    void theLastSlotEndsWhenWorkEnds() {
        List<TimeRange> free = nineToFive(DAY).freeAppointments(HOUR, EARLIER, List.of());

        assertThat(free).hasSize(15);
        assertThat(free.get(free.size() - 1).end()).isEqualTo(at(DAY, 17, 0));
    }

    @Test
    void anAppointmentAndItsBufferMayNotOverlapHeldTime() {
        TimeRange held = new TimeRange(at(DAY, 12, 0), at(DAY, 13, 15));

        List<Instant> starts = nineToFive(DAY).freeAppointments(HOUR, EARLIER, List.of(held)).stream()
                .map(TimeRange::start).toList();

        assertThat(starts).contains(at(DAY, 10, 30), at(DAY, 13, 30))
                .doesNotContain(at(DAY, 11, 0), at(DAY, 11, 30), at(DAY, 12, 0), at(DAY, 12, 30), at(DAY, 13, 0));
    }

    @Test
    void noticeIsExactToTheMinute() {
        DaySchedule schedule = nineToFive(DAY);

        assertThat(schedule.whyNotBookable(at(DAY, 11, 0), HOUR, at(DAY, 9, 0))).isEmpty();
        assertThat(schedule.whyNotBookable(at(DAY, 11, 0), HOUR, at(DAY, 9, 1))).get().asString()
                .contains("at least 2 hours ahead");
    }

    @Test
    void theHorizonIsExactToTheMinute() {
        DaySchedule schedule = nineToFive(DAY);
        Instant start = at(DAY, 10, 0);

        assertThat(schedule.whyNotBookable(start, HOUR, start.minus(Duration.ofDays(60)))).isEmpty();
        assertThat(schedule.whyNotBookable(start, HOUR, start.minus(Duration.ofDays(60)).minusSeconds(60)))
                .get().asString().contains("at most 60 days ahead");
    }

    @Test
    void anAppointmentRunningPastTheEndOfWorkIsOutsideWorkingHours() {
        assertThat(nineToFive(DAY).whyNotBookable(at(DAY, 16, 30), HOUR, EARLIER)).get().asString()
                .contains("working hours");
    }

    @Test
    void aColleaguesWorkingHoursCoverAnAppointmentOffTheirGrid() {
        assertThat(nineToFive(DAY).covers(at(DAY, 9, 15), HOUR)).isTrue();
    }

    @Test
    void workingHoursDoNotCoverAnAppointmentRunningPastTheEndOfWork() {
        assertThat(nineToFive(DAY).covers(at(DAY, 16, 30), HOUR)).isFalse();
    }

    @Test
    void aStartOffTheGridIsRefused() {
        assertThat(nineToFive(DAY).whyNotBookable(at(DAY, 9, 15), HOUR, EARLIER)).get().asString()
                .contains("every 30 minutes");
    }

    @Test
    void anAppointmentMayNotSpanABreakBetweenIntervals() {
        DaySchedule split = DaySchedule.of("ava", DAY, SYDNEY, List.of(
                new WorkingHours(1, "ava", (short) 3, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingHours(2, "ava", (short) 3, LocalTime.of(13, 0), LocalTime.of(16, 0))), RULES);

        assertThat(split.whyNotBookable(at(DAY, 11, 30), HOUR, EARLIER)).isPresent();
        assertThat(split.whyNotBookable(at(DAY, 13, 0), HOUR, EARLIER)).isEmpty();
    }

    @Test
    void localWorkingHoursStayLocalAcrossTheDaylightSavingChange() {
        // Sydney moves from +10:00 to +11:00 on Sunday 6 October 2030
        LocalDate afterChange = LocalDate.of(2030, 10, 7);

        List<TimeRange> free = nineToFive(afterChange).freeAppointments(HOUR, at(afterChange.minusDays(1), 12, 0),
                List.of());

        assertThat(free.get(0).start()).isEqualTo(Instant.parse("2030-10-06T22:00:00Z"));
    }
}
