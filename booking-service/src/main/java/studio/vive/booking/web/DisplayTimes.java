package studio.vive.booking.web;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import studio.vive.booking.time.StudioTime;

/** Times as the pages write them, in the studio's zone: "Tuesday 4 June 2030", "9:00 am", "AEST (UTC+10:00)". */
@Singleton
public class DisplayTimes {

    private static final Locale LOCALE = Locale.forLanguageTag("en-AU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", LOCALE);
    /** The zone's name and its offset, as the emails write it: a name alone is ambiguous abroad. */
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz '(UTC'xxx')'", LOCALE);

    private final StudioTime time;

    DisplayTimes(StudioTime time) {
        this.time = time;
    }

    private ZonedDateTime local(OffsetDateTime at) {
        return at.atZoneSameInstant(time.zone());
    }

    public String date(OffsetDateTime at) {
        return DATE.format(local(at));
    }

    public String date(java.time.LocalDate date) {
        return DATE.format(date);
    }

    public String shortDate(java.time.LocalDate date) {
        return SHORT_DATE.format(date);
    }

    public String time(OffsetDateTime at) {
        return TIME.format(local(at)).toLowerCase(LOCALE);
    }

    /** "Tuesday 4 June 2030 at 9:00 am AEST (UTC+10:00)". */
    public String dateTime(OffsetDateTime at) {
        return date(at) + " at " + time(at) + " " + ZONE.format(local(at));
    }

    /** "9:00 am to 10:00 am AEST (UTC+10:00)". */
    public String timeRange(OffsetDateTime start, OffsetDateTime end) {
        return time(start) + " to " + time(end) + " " + ZONE.format(local(start));
    }
}
