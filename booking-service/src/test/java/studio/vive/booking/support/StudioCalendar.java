package studio.vive.booking.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates the tests book on. "Now" is Monday 3 June 2030, 07:00 in Sydney (AEST, +10:00); the
 * seeded hours are mia Mon-Fri 09-17, noah Tue-Sat 10-18, ava Mon/Wed/Fri 08-12 and 13-16, Sat 09-13.
 */
public final class StudioCalendar {

    public static final ZoneId ZONE = ZoneId.of("Australia/Sydney");
    public static final LocalDate TODAY = LocalDate.of(2030, 6, 3);
    public static final Instant NOW = ZonedDateTime.of(TODAY, LocalTime.of(7, 0), ZONE).toInstant();

    private StudioCalendar() {
    }

    /** {@code time} on the studio date {@code daysAhead} days from today, with the studio's offset. */
    public static OffsetDateTime at(int daysAhead, int hour, int minute) {
        return ZonedDateTime.of(TODAY.plusDays(daysAhead), LocalTime.of(hour, minute), ZONE).toOffsetDateTime();
    }

    /** A weekday {@code weeksAhead} weeks from today (a Monday), so tests can use distinct days. */
    public static OffsetDateTime mondayAt(int weeksAhead, int hour, int minute) {
        return at(7 * weeksAhead, hour, minute);
    }
}
