package studio.vive.notification.email;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.ChangeReason;
import studio.vive.contracts.Contact;
import studio.vive.notification.calendar.InviteMethod;
import studio.vive.notification.calendar.InviteParty;
import studio.vive.notification.delivery.NotificationKind;

/**
 * The emails of an {@link AppointmentChanged}, every invite at the change's SEQUENCE (same UID):
 * the client's update; and either the therapist's update (same therapist, new time) or, when the
 * therapist changed, a cancellation to the previous one and a notice to the new one.
 */
@Singleton
public class AppointmentChangeEmails {

    private final EmailTemplates templates;
    private final AppointmentParts parts;
    private final TherapistEmails therapists;

    public AppointmentChangeEmails(EmailTemplates templates, AppointmentParts parts, TherapistEmails therapists) {
        this.templates = templates;
        this.parts = parts;
        this.therapists = therapists;
    }

    /** The emails {@code event} calls for, one per recipient. */
    public List<ComposedEmail> compose(AppointmentChanged event) {
        int sequence = event.inviteSequence();
        ComposedEmail client = clientUpdate(event);
        if (event.therapistChanged()) {
            return List.of(client, therapists.cancellation(event, event.previous(), sequence),
                    therapists.notice(event, event.appointment(), sequence));
        }
        return List.of(client, therapists.change(event, event.previous(), event.appointment(), sequence));
    }

    private ComposedEmail clientUpdate(AppointmentChanged event) {
        Appointment appointment = event.appointment();
        Contact client = event.client();
        Map<String, Object> model = parts.model(appointment, client);
        model.put("previousWhen", parts.subjectLine(event.previous()));
        model.put("previousTherapistName", event.previous().therapist().name());
        model.put("byStudio", event.reason() == ChangeReason.REASSIGNED_BY_STUDIO);
        model.put("therapistChanged", event.therapistChanged());
        String subject = (event.therapistChanged() && event.previous().startsAt().isEqual(appointment.startsAt())
                ? "Your therapist has changed: " : "Booking changed: ") + parts.subjectLine(appointment);
        return new ComposedEmail(NotificationKind.CLIENT_CHANGE, client.email(), client.name(), subject,
                templates.text("client-change", model), templates.html("client-change", model),
                parts.invite(event, appointment, parts.clientSummary(appointment), BookingEmails.CLIENT_INVITE_NOTES,
                        new InviteParty(client.name(), client.email()), InviteMethod.REQUEST, event.inviteSequence()));
    }
}
