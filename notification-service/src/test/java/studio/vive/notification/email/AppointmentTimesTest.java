package studio.vive.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.TherapistRef;

/** Appointment times read in the studio's zone, with the zone and its offset spelled out. */
class AppointmentTimesTest {

    private final AppointmentTimes times = new AppointmentTimes(new StudioDetails("Vive Studios",
            "bookings@vive.studio", "hello@vive.studio", "12 Harbour Street", "http://localhost:8080/",
            Locale.forLanguageTag("en-AU")));

    private static Appointment at(String startsAt, String endsAt) {
        return new Appointment("REMEDIAL_60", "Remedial massage", OffsetDateTime.parse(startsAt),
                OffsetDateTime.parse(endsAt), "Australia/Sydney", new TherapistRef("mia", "Mia Chen", "mia@vive.studio"));
    }

    @Test
    void summerAppointmentsShowDaylightTime() {
        Appointment appointment = at("2026-12-01T10:00:00+11:00", "2026-12-01T11:00:00+11:00");
        assertEquals("Tuesday 1 December 2026, 10:00\u201311:00 AEDT (UTC+11:00)", times.when(appointment));
    }

    @Test
    void winterAppointmentsShowStandardTime() {
        Appointment appointment = at("2027-06-15T09:30:00+10:00", "2027-06-15T10:30:00+10:00");
        assertEquals("Tuesday 15 June 2027, 09:30\u201310:30 AEST (UTC+10:00)", times.when(appointment));
    }

    @Test
    void timesGivenInAnotherOffsetAreShownInTheStudioZone() {
        Appointment appointment = at("2026-11-30T23:00:00Z", "2026-12-01T00:00:00Z");
        assertEquals("Tuesday 1 December 2026", times.date(appointment));
        assertEquals("10:00\u201311:00 AEDT (UTC+11:00)", times.timeRange(appointment));
    }
}
