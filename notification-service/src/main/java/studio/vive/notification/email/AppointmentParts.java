package studio.vive.notification.email;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.Contact;
import studio.vive.contracts.IntegrationEvent;
import studio.vive.notification.calendar.AppointmentInvite;
import studio.vive.notification.calendar.CalendarInvite;
import studio.vive.notification.calendar.CalendarInvites;
import studio.vive.notification.calendar.InviteMethod;
import studio.vive.notification.calendar.InviteParty;

/**
 * What every email about an appointment shares: the template model of the appointment, the
 * subject's "service, date at time", the invite titles and the calendar invite itself.
 */
@Singleton
public class AppointmentParts {

    private final AppointmentTimes times;
    private final CalendarInvites invites;
    private final StudioDetails studio;
    private final DateTimeFormatter startTime;

    public AppointmentParts(AppointmentTimes times, CalendarInvites invites, StudioDetails studio) {
        this.times = times;
        this.invites = invites;
        this.studio = studio;
        this.startTime = DateTimeFormatter.ofPattern("HH:mm", studio.locale());
    }

    /** The studio. */
    public StudioDetails studio() {
        return studio;
    }

    /** The template model of {@code appointment} for {@code client}'s booking. */
    public Map<String, Object> model(Appointment appointment, Contact client) {
        Map<String, Object> model = new HashMap<>();
        model.put("studioName", studio.name());
        model.put("studioAddress", studio.address());
        model.put("bookingUrl", studio.bookingUrl());
        model.put("clientName", client.name());
        model.put("therapistName", appointment.therapist().name());
        model.put("serviceName", appointment.serviceName());
        model.put("date", times.date(appointment));
        model.put("timeRange", times.timeRange(appointment));
        return model;
    }

    /** "Remedial massage, 60 minutes, Tuesday 1 December 2026 at 10:00": a subject's appointment. */
    public String subjectLine(Appointment appointment) {
        return appointment.serviceName() + ", " + times.date(appointment) + " at "
                + startTime.format(times.start(appointment));
    }

    /** The title of the client's calendar event. */
    public String clientSummary(Appointment appointment) {
        return appointment.serviceName() + " with " + appointment.therapist().name() + " at " + studio.name();
    }

    /** The title of the therapist's calendar event. */
    public String therapistSummary(Appointment appointment, Contact client) {
        return appointment.serviceName() + ": " + client.name();
    }

    /**
     * The invite of {@code appointment} for one attendee, stamped with {@code event}'s time (a
     * resend is byte for byte the same invite).
     */
    public CalendarInvite invite(IntegrationEvent event, Appointment appointment, String summary, String description,
                                 InviteParty attendee, InviteMethod method, int sequence) {
        return invites.write(new AppointmentInvite(event.bookingId(), event.occurredAt(), times.start(appointment),
                times.end(appointment), summary, description, studio.address(),
                new InviteParty(studio.name(), studio.from()), attendee, sequence), method);
    }
}
