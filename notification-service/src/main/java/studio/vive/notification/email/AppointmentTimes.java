package studio.vive.notification.email;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import studio.vive.contracts.Appointment;

/**
 * How an appointment's date and time read in an email: in the studio's time zone, with the zone's
 * abbreviation and UTC offset, so nobody has to guess.
 */
@Singleton
public class AppointmentTimes {

    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zone;

    public AppointmentTimes(StudioDetails studio) {
        this.date = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", studio.locale());
        this.time = DateTimeFormatter.ofPattern("HH:mm", studio.locale());
        this.zone = DateTimeFormatter.ofPattern("zzz '(UTC'xxx')'", studio.locale());
    }

    /** The start in the studio's zone. */
    public ZonedDateTime start(Appointment appointment) {
        return inStudioZone(appointment, appointment.startsAt());
    }

    /** The end in the studio's zone. */
    public ZonedDateTime end(Appointment appointment) {
        return inStudioZone(appointment, appointment.endsAt());
    }

    /** E.g. {@code Tuesday 1 December 2026}. */
    public String date(Appointment appointment) {
        return date.format(start(appointment));
    }

    /** E.g. {@code 10:00–11:00 AEDT (UTC+11:00)}. */
    public String timeRange(Appointment appointment) {
        return time.format(start(appointment)) + "\u2013" + time.format(end(appointment)) + " "
                + zone.format(start(appointment));
    }

    /** E.g. {@code Tuesday 1 December 2026, 10:00–11:00 AEDT (UTC+11:00)}. */
    public String when(Appointment appointment) {
        return date(appointment) + ", " + timeRange(appointment);
    }

    private static ZonedDateTime inStudioZone(Appointment appointment, OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneId.of(appointment.timeZone()));
    }
}
