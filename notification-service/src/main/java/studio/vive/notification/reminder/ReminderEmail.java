package studio.vive.notification.reminder;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.TherapistRef;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.email.AppointmentTimes;
import studio.vive.notification.email.ComposedEmail;
import studio.vive.notification.email.EmailTemplates;
import studio.vive.notification.email.StudioDetails;
import studio.vive.notification.links.ClientLinkSlots;

/**
 * Writes the client's reminder: the time, therapist and address, the manage link and the
 * pre-visit re-check link. The subject names the service and time, never anything about health.
 */
@Singleton
public class ReminderEmail {

    private static final String TEMPLATE = "client-reminder";

    private final EmailTemplates templates;
    private final AppointmentTimes times;
    private final StudioDetails studio;
    private final DateTimeFormatter startTime;

    public ReminderEmail(EmailTemplates templates, AppointmentTimes times, StudioDetails studio) {
        this.templates = templates;
        this.times = times;
        this.studio = studio;
        this.startTime = DateTimeFormatter.ofPattern("HH:mm", studio.locale());
    }

    /** The reminder of {@code reminder}'s appointment, to its client. */
    public ComposedEmail compose(Reminder reminder) {
        Appointment appointment = new Appointment(reminder.serviceCode(), reminder.serviceName(),
                reminder.startsAt(), reminder.endsAt(), reminder.timeZone(),
                // The therapist's address is not kept with the reminder: the client's email never shows it.
                new TherapistRef(reminder.therapistId(), reminder.therapistName(), ""));
        Map<String, Object> model = new HashMap<>();
        model.put("studioName", studio.name());
        model.put("studioAddress", studio.address());
        model.put("clientName", reminder.clientName());
        model.put("therapistName", reminder.therapistName());
        model.put("serviceName", reminder.serviceName());
        model.put("date", times.date(appointment));
        model.put("timeRange", times.timeRange(appointment));
        // filled in when the reminder is sent: no link is stored (issue 13)
        model.put("manageUrl", ClientLinkSlots.MANAGE);
        model.put("recheckUrl", ClientLinkSlots.RECHECK);
        String subject = "Reminder: " + reminder.serviceName() + ", " + times.date(appointment) + " at "
                + startTime.format(times.start(appointment));
        return new ComposedEmail(NotificationKind.CLIENT_REMINDER, reminder.clientEmail(), reminder.clientName(),
                subject, templates.text(TEMPLATE, model), templates.html(TEMPLATE, model), null);
    }
}
