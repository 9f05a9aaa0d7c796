package studio.vive.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import studio.vive.booking.time.StudioTime;

/** Pages write times in the studio's zone, naming the zone and its offset. */
class DisplayTimesTest {

    private final DisplayTimes times = new DisplayTimes(new StudioTime("Australia/Sydney", Clock.systemUTC()));

    @Test
    void aSummerAppointmentShowsDaylightTimeWithItsOffset() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:00:00+11:00");

        assertThat(times.dateTime(at)).isEqualTo("Tuesday 1 December 2026 at 10:00 am AEDT (UTC+11:00)");
    }

    @Test
    void aWinterAppointmentShowsStandardTimeWithItsOffset() {
        OffsetDateTime start = OffsetDateTime.parse("2027-06-15T09:30:00+10:00");

        assertThat(times.timeRange(start, start.plusHours(1))).isEqualTo("9:30 am to 10:30 am AEST (UTC+10:00)");
    }

    @Test
    void anInstantGivenInAnotherOffsetIsShownInTheStudioZone() {
        OffsetDateTime utc = OffsetDateTime.parse("2026-11-30T23:00:00Z");

        assertThat(times.dateTime(utc)).isEqualTo("Tuesday 1 December 2026 at 10:00 am AEDT (UTC+11:00)");
    }
}
