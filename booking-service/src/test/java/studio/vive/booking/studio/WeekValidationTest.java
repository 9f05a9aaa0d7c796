package studio.vive.booking.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.problem.InvalidRequestException;

/** The rules of a week of working intervals. */
class WeekValidationTest {

    private static WeeklyInterval interval(String day, String from, String to) {
        return new WeeklyInterval(day, from, to);
    }

    private static List<String> refusals(WeeklyInterval... week) {
        try {
            WeekValidation.parse("mia", List.of(week));
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(f -> f.field() + " " + f.message()).toList();
        }
        return List.of();
    }

    @Test
    void aValidWeekBecomesRowsOfTheTherapist() {
        List<WorkingHours> rows = WeekValidation.parse("mia", List.of(interval("MONDAY", "08:00", "12:00"),
                interval("MONDAY", "12:00", "16:00"), interval("SUNDAY", "00:00", "23:59")));

        assertThat(rows).extracting(WorkingHours::dayOfWeek).containsExactly((short) 1, (short) 1, (short) 7);
        assertThat(rows).allMatch(r -> r.therapistId().equals("mia"));
    }

    @Test
    void anEmptyWeekIsValid() {
        assertThat(WeekValidation.parse("mia", List.of())).isEmpty();
    }

    @Test
    void anIntervalMustStartBeforeItEnds() {
        assertThat(refusals(interval("MONDAY", "12:00", "12:00")))
                .containsExactly("[0] MONDAY 12:00-12:00: must start before it ends");
    }

    @Test
    void timesMustBeWithinTheDay() {
        assertThat(refusals(interval("MONDAY", "22:00", "24:00"), interval("MONDAY", "9:00", "10:00")))
                .allMatch(r -> r.contains("must be within the day")).hasSize(2);
    }

    @Test
    void anUnknownDayIsNamed() {
        assertThat(refusals(interval("Monday", "09:00", "10:00"))).containsExactly(
                "[0] Monday 09:00-10:00: day must be MONDAY to SUNDAY");
    }

    @Test
    void bothOverlappingIntervalsAreNamedButTheSameTimesOnOtherDaysAreNot() {
        assertThat(refusals(interval("TUESDAY", "09:00", "13:00"), interval("TUESDAY", "12:59", "17:00"),
                interval("WEDNESDAY", "09:00", "13:00")))
                .containsExactly("[0] TUESDAY 09:00-13:00: overlaps TUESDAY 12:59-17:00",
                        "[1] TUESDAY 12:59-17:00: overlaps TUESDAY 09:00-13:00");
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThatThrownBy(() -> WeekValidation.parse("mia", java.util.Arrays.asList(interval("MONDAY", null, "10:00"))))
                .isInstanceOf(InvalidRequestException.class);
    }
}
