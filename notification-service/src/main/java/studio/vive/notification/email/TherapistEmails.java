package studio.vive.notification.email;

import jakarta.inject.Singleton;
import java.util.Map;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.notification.calendar.InviteMethod;
import studio.vive.notification.calendar.InviteParty;
import studio.vive.notification.delivery.NotificationKind;

/**
 * The therapist's emails about a booking in their diary: the notice of a new one, the update of
 * one that moved, the cancellation of one that left. Each carries the calendar copy at the
 * booking's SEQUENCE for it, and nothing about the client's health.
 */
@Singleton
public class TherapistEmails {

    static final String CANCELLED = "Booking cancelled: ";

    private final EmailTemplates templates;
    private final AppointmentParts parts;

    public TherapistEmails(EmailTemplates templates, AppointmentParts parts) {
        this.templates = templates;
        this.parts = parts;
    }

    /** A booking now in the therapist's diary, with its invite at {@code sequence}. */
    public ComposedEmail notice(BookingLifecycleEvent event, Appointment appointment, int sequence) {
        return email(NotificationKind.THERAPIST_NOTICE, "New booking: ", "therapist-notice", event,
                parts.model(appointment, event.client()), appointment, InviteMethod.REQUEST, sequence);
    }

    /** Their booking moved from {@code previous} to {@code appointment}: the updated invite. */
    public ComposedEmail change(BookingLifecycleEvent event, Appointment previous, Appointment appointment,
                                int sequence) {
        Map<String, Object> model = parts.model(appointment, event.client());
        model.put("previousWhen", parts.subjectLine(previous));
        return email(NotificationKind.THERAPIST_CHANGE, "Booking moved: ", "therapist-change", event, model,
                appointment, InviteMethod.REQUEST, sequence);
    }

    /** The booking left their diary: the calendar cancellation at {@code sequence}. */
    public ComposedEmail cancellation(BookingLifecycleEvent event, Appointment appointment, int sequence) {
        return email(NotificationKind.THERAPIST_CANCELLATION, CANCELLED, "therapist-cancellation", event,
                parts.model(appointment, event.client()), appointment, InviteMethod.CANCEL, sequence);
    }

    private ComposedEmail email(NotificationKind kind, String subjectPrefix, String template,
                                BookingLifecycleEvent event, Map<String, Object> model, Appointment appointment,
                                InviteMethod method, int sequence) {
        var therapist = appointment.therapist();
        String notes = method == InviteMethod.CANCEL ? "Cancelled." : "Booked through " + parts.studio().name() + ".";
        return new ComposedEmail(kind, therapist.email(), therapist.name(),
                subjectPrefix + parts.subjectLine(appointment), templates.text(template, model),
                templates.html(template, model),
                parts.invite(event, appointment, parts.therapistSummary(appointment, event.client()), notes,
                        new InviteParty(therapist.name(), therapist.email()), method, sequence));
    }
}
