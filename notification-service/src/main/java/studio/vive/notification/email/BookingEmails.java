package studio.vive.notification.email;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.ClearanceIssued;
import studio.vive.contracts.Contact;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;
import studio.vive.notification.calendar.AppointmentInvite;
import studio.vive.notification.calendar.CalendarInvite;
import studio.vive.notification.calendar.CalendarInvites;
import studio.vive.notification.calendar.InviteMethod;
import studio.vive.notification.calendar.InviteParty;
import studio.vive.notification.delivery.NotificationKind;

/**
 * Writes the emails a booking lifecycle event calls for:
 * <ul>
 *   <li>{@link BookingConfirmed}: the client's confirmation and the therapist's notice, each
 *       with a calendar invite (METHOD:REQUEST);</li>
 *   <li>{@link BookingReferred}: the client's referral, urgent or not, with the reasons'
 *       plain-language messages (never rule ids) and no invite; when it refers a booking that had
 *       been confirmed (it carries the appointment: a pre-visit re-check), also the therapist's
 *       cancellation with a calendar cancellation;</li>
 *   <li>{@link BookingCancelled}: a cancellation to client and therapist, each with a calendar
 *       cancellation of the same event (METHOD:CANCEL, higher SEQUENCE); when the studio cancelled,
 *       the client's is an apology with a link to book again;</li>
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
    private final AppointmentTimes times;
    private final CalendarInvites invites;
    private final StudioDetails studio;
    private final DateTimeFormatter startTime;

    public BookingEmails(EmailTemplates templates, AppointmentTimes times, CalendarInvites invites,
                         StudioDetails studio) {
        this.templates = templates;
        this.times = times;
        this.invites = invites;
        this.studio = studio;
        this.startTime = DateTimeFormatter.ofPattern("HH:mm", studio.locale());
    }

    /** The emails {@code event} calls for, one per recipient and kind. */
    public List<ComposedEmail> compose(BookingLifecycleEvent event) {
        if (event instanceof BookingConfirmed confirmed) {
            return confirmation(confirmed);
        }
        if (event instanceof BookingReferred referred) {
            return referred.appointment() == null ? List.of(referral(referred))
                    : List.of(referral(referred), therapistCancellation(referred, referred.appointment()));
        }
        if (event instanceof BookingCancelled cancelled) {
            return cancellation(cancelled);
        }
        if (event instanceof ClearanceIssued clearance) {
            return List.of(ClearanceEmail.compose(clearance, templates, studio));
        }
        throw new IllegalArgumentException("no emails defined for " + event.type());
    }

    private List<ComposedEmail> confirmation(BookingConfirmed event) {
        Appointment appointment = event.appointment();
        Contact client = event.client();
        var therapist = appointment.therapist();
        Map<String, Object> model = appointmentModel(appointment, client);
        model.put("manageUrl", event.manageUrl());
        String subject = "Booking confirmed: " + appointment.serviceName() + ", " + times.date(appointment)
                + " at " + startTime.format(times.start(appointment));
        List<ComposedEmail> emails = new ArrayList<>();
        emails.add(new ComposedEmail(NotificationKind.CLIENT_CONFIRMATION, client.email(), client.name(), subject,
                templates.text("client-confirmation", model), templates.html("client-confirmation", model),
                invite(event, appointment, clientSummary(appointment),
                        CLIENT_INVITE_NOTES, client.name(), client.email(), InviteMethod.REQUEST)));
        String noticeSubject = "New booking: " + appointment.serviceName() + ", " + times.date(appointment)
                + " at " + startTime.format(times.start(appointment));
        emails.add(new ComposedEmail(NotificationKind.THERAPIST_NOTICE, therapist.email(), therapist.name(),
                noticeSubject, templates.text("therapist-notice", model), templates.html("therapist-notice", model),
                invite(event, appointment, therapistSummary(appointment, client),
                        "Booked through " + studio.name() + ".", therapist.name(), therapist.email(),
                        InviteMethod.REQUEST)));
        return emails;
    }

    private ComposedEmail referral(BookingReferred event) {
        Contact client = event.client();
        boolean urgent = event.tier() == Tier.URGENT_REFERRAL;
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

    private List<ComposedEmail> cancellation(BookingCancelled event) {
        Appointment appointment = event.appointment();
        Contact client = event.client();
        Map<String, Object> model = appointmentModel(appointment, client);
        // The studio cancelled on the client's behalf: an apology and the way back, not a receipt.
        String template = event.byStudio() ? "client-studio-cancellation" : "client-cancellation";
        String subject = event.byStudio() ? "We're sorry: " + cancellationSubject(appointment)
                : cancellationSubject(appointment);
        return List.of(
                new ComposedEmail(NotificationKind.CLIENT_CANCELLATION, client.email(), client.name(),
                        subject, templates.text(template, model), templates.html(template, model),
                        invite(event, appointment, clientSummary(appointment), "Cancelled.", client.name(),
                                client.email(), InviteMethod.CANCEL)),
                therapistCancellation(event, appointment));
    }

    /** The therapist's cancellation of {@code appointment}, with the calendar cancellation (no reasons: health). */
    private ComposedEmail therapistCancellation(BookingLifecycleEvent event, Appointment appointment) {
        var therapist = appointment.therapist();
        Map<String, Object> model = appointmentModel(appointment, event.client());
        return new ComposedEmail(NotificationKind.THERAPIST_CANCELLATION, therapist.email(), therapist.name(),
                cancellationSubject(appointment), templates.text("therapist-cancellation", model),
                templates.html("therapist-cancellation", model),
                invite(event, appointment, therapistSummary(appointment, event.client()), "Cancelled.",
                        therapist.name(), therapist.email(), InviteMethod.CANCEL));
    }

    private String cancellationSubject(Appointment appointment) {
        return "Booking cancelled: " + appointment.serviceName() + ", " + times.date(appointment)
                + " at " + startTime.format(times.start(appointment));
    }

    private Map<String, Object> appointmentModel(Appointment appointment, Contact client) {
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

    private String clientSummary(Appointment appointment) {
        return appointment.serviceName() + " with " + appointment.therapist().name() + " at " + studio.name();
    }

    private static String therapistSummary(Appointment appointment, Contact client) {
        return appointment.serviceName() + ": " + client.name();
    }

    private CalendarInvite invite(BookingLifecycleEvent event, Appointment appointment, String summary,
                                  String description, String attendeeName, String attendeeEmail,
                                  InviteMethod method) {
        return invites.write(new AppointmentInvite(event.bookingId(), event.occurredAt(), times.start(appointment),
                times.end(appointment), summary, description, studio.address(),
                new InviteParty(studio.name(), studio.from()), new InviteParty(attendeeName, attendeeEmail)), method);
    }
}
