package studio.vive.notification.intake;

import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.ZoneId;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.BookingReferred;
import studio.vive.messaging.consume.RejectedEventException;

/**
 * Refuses lifecycle events whose appointment no email or invite can describe: a time zone that
 * is not an IANA zone id, or an end not after the start. Such an event is dead-lettered at once
 * with the reason (retrying cannot fix it); the reasons name the problem, never the values.
 */
@Singleton
public class AppointmentCheck {

    /**
     * @throws RejectedEventException when the event's appointment cannot be written about
     */
    public void check(BookingLifecycleEvent event) {
        if (event instanceof AppointmentChanged changed) {
            check(changed.previous());
        }
        Appointment appointment = appointmentOf(event);
        if (appointment != null) {
            check(appointment);
        }
    }

    private static void check(Appointment appointment) {
        try {
            ZoneId.of(appointment.timeZone());
        } catch (DateTimeException e) {
            throw new RejectedEventException("appointment.timeZone is not a known IANA time zone id");
        }
        if (!appointment.endsAt().isAfter(appointment.startsAt())) {
            throw new RejectedEventException("appointment.endsAt is not after appointment.startsAt");
        }
    }

    private static Appointment appointmentOf(BookingLifecycleEvent event) {
        if (event instanceof BookingConfirmed confirmed) {
            return confirmed.appointment();
        }
        if (event instanceof BookingCancelled cancelled) {
            return cancelled.appointment();
        }
        if (event instanceof BookingReferred referred) {
            return referred.appointment();
        }
        if (event instanceof AppointmentChanged changed) {
            return changed.appointment();
        }
        return null;
    }
}
