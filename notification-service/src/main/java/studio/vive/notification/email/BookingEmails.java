package studio.vive.notification.email;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.ClearanceIssued;
import studio.vive.contracts.Contact;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;
import studio.vive.notification.calendar.CalendarInvite;
import studio.vive.notification.calendar.InviteMethod;
import studio.vive.notification.calendar.InviteParty;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.links.ClientLinkSlots;

/**
 * Writes the emails a booking lifecycle event calls for:
 * <ul>
 *   <li>{@link BookingConfirmed}: the client's confirmation and the therapist's notice, each
 *       with a calendar invite (METHOD:REQUEST, SEQUENCE 0);</li>
 *   <li>{@link BookingReferred}: the client's referral, urgent or not, with the reasons'
 *       plain-language messages (never rule ids) and no invite; when it refers a booking that had
 *       been confirmed (it carries the appointment: a pre-visit re-check), also the therapist's
 *       cancellation with a calendar cancellation;</li>
 *   <li>{@link BookingCancelled}: a cancellation to client and therapist, each with a calendar
 *       cancellation of the same event (METHOD:CANCEL, SEQUENCE above the newest invite); when
 *       the studio cancelled, the client's is an apology with a link to book again;</li>
 *   <li>{@link AppointmentChanged}: the updated invites ({@link AppointmentChangeEmails});</li>
 *   <li>{@link ClearanceIssued}: the client's personal re-book link ({@link ClearanceEmail}).</li>
 * </ul>
 * Subjects name the service and date, never anything about health.
 */
@Singleton
public class BookingEmails {

    /**
     * The client's invite notes. Never the manage link: an .ics is copied into calendars, synced
     * and shared, so a bearer credential in it would outlive the email (issue 13).
     */
    static final String CLIENT_INVITE_NOTES = "To change or cancel, use the link in your confirmation email.";

    private final EmailTemplates templates;
    private final AppointmentParts parts;
    private final TherapistEmails therapists;
    private final AppointmentChangeEmails changes;

    public BookingEmails(EmailTemplates templates, AppointmentParts parts, TherapistEmails therapists,
                         AppointmentChangeEmails changes) {
        this.templates = templates;
        this.parts = parts;
        this.therapists = therapists;
        this.changes = changes;
    }

    /**
     * The emails {@code event} calls for, one per recipient and kind.
     *
     * @param latestInviteSequence the SEQUENCE of the booking's newest invite so far (0 when none
     *                             or only the confirmation's): a cancellation is written above it
     */
    public List<ComposedEmail> compose(BookingLifecycleEvent event, int latestInviteSequence) {
        int cancelSequence = latestInviteSequence + 1;
        if (event instanceof BookingConfirmed confirmed) {
            return confirmation(confirmed);
        }
        if (event instanceof BookingReferred referred) {
            return referred.appointment() == null ? List.of(referral(referred))
                    : List.of(referral(referred),
                    therapists.cancellation(referred, referred.appointment(), cancelSequence));
        }
        if (event instanceof BookingCancelled cancelled) {
            return cancellation(cancelled, cancelSequence);
        }
        if (event instanceof AppointmentChanged changed) {
            return changes.compose(changed);
        }
        if (event instanceof ClearanceIssued clearance) {
            return List.of(ClearanceEmail.compose(clearance, templates, parts.studio()));
        }
        throw new IllegalArgumentException("no emails defined for " + event.type());
    }

    private List<ComposedEmail> confirmation(BookingConfirmed event) {
        Appointment appointment = event.appointment();
        Contact client = event.client();
        Map<String, Object> model = parts.model(appointment, client);
        // Filled in when the email is sent, never stored; an old event's manageUrl is not used (issue 13).
        model.put("manageUrl", ClientLinkSlots.MANAGE);
        List<ComposedEmail> emails = new ArrayList<>();
        emails.add(new ComposedEmail(NotificationKind.CLIENT_CONFIRMATION, client.email(), client.name(),
                "Booking confirmed: " + parts.subjectLine(appointment),
                templates.text("client-confirmation", model), templates.html("client-confirmation", model),
                parts.invite(event, appointment, parts.clientSummary(appointment), CLIENT_INVITE_NOTES,
                        new InviteParty(client.name(), client.email()), InviteMethod.REQUEST, 0)));
        emails.add(therapists.notice(event, appointment, 0));
        return emails;
    }

    private ComposedEmail referral(BookingReferred event) {
        Contact client = event.client();
        boolean urgent = event.tier() == Tier.URGENT_REFERRAL;
        StudioDetails studio = parts.studio();
        Map<String, Object> model = new HashMap<>();
        model.put("studioName", studio.name());
        model.put("studioAddress", studio.address());
        model.put("clientName", client.name());
        model.put("bookingUrl", studio.bookingUrl());
        // Only the plain-language messages reach the client: rule ids are for staff.
        model.put("reasons", event.reasons().stream().map(Reason::message).toList());
        String template = urgent ? "urgent-referral" : "referral";
        String subject = urgent
                ? "Important: your booking request at " + studio.name() + " is not confirmed"
                : "Your booking request at " + studio.name() + " is not confirmed yet";
        return new ComposedEmail(urgent ? NotificationKind.URGENT_REFERRAL : NotificationKind.REFERRAL,
                client.email(), client.name(), subject, templates.text(template, model),
                templates.html(template, model), null);
    }

    private List<ComposedEmail> cancellation(BookingCancelled event, int sequence) {
        Appointment appointment = event.appointment();
        Contact client = event.client();
        Map<String, Object> model = parts.model(appointment, client);
        // The studio cancelled on the client's behalf: an apology and the way back, not a receipt.
        String template = event.byStudio() ? "client-studio-cancellation" : "client-cancellation";
        String subject = (event.byStudio() ? "We're sorry: " : "") + cancellationSubject(appointment);
        return List.of(
                new ComposedEmail(NotificationKind.CLIENT_CANCELLATION, client.email(), client.name(),
                        subject, templates.text(template, model), templates.html(template, model),
                        parts.invite(event, appointment, parts.clientSummary(appointment), "Cancelled.",
                                new InviteParty(client.name(), client.email()), InviteMethod.CANCEL, sequence)),
                therapists.cancellation(event, appointment, sequence));
    }

    private String cancellationSubject(Appointment appointment) {
        return TherapistEmails.CANCELLED + parts.subjectLine(appointment);
    }
}
