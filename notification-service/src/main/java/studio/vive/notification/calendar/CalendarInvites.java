package studio.vive.notification.calendar;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Writes RFC 5545 invites and cancellations for bookings with ical4j (folding, escaping and the
 * VTIMEZONE definition come from the library, not from us).
 *
 * <p>Every invite of one booking shares the UID {@code booking-<bookingId>@<domain>}; an update
 * or cancellation has the same UID and a higher SEQUENCE, so calendar clients replace the event.
 * DTSTART/DTEND carry the studio's TZID with a matching VTIMEZONE, so the appointment stays at
 * the right wall-clock time across daylight-saving changes.
 */
@Singleton
public class CalendarInvites {

    private static final String PRODUCT_ID = "-//Vive Studios//notification-service//EN";

    private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final String uidDomain;

    public CalendarInvites(@Value("${vive.notification.studio.calendar-uid-domain}") String uidDomain) {
        this.uidDomain = uidDomain;
    }

    /** The invite of {@code appointment} with the given method. */
    public CalendarInvite write(AppointmentInvite appointment, InviteMethod method) {
        TimeZone zone = timeZones.getTimeZone(appointment.startsAt().getZone().getId());
        if (zone == null) {
            throw new IllegalArgumentException("no VTIMEZONE definition for " + appointment.startsAt().getZone());
        }
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withDefaults()
                .getFluentTarget();
        calendar.add(method == InviteMethod.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
        calendar.add(zone.getVTimeZone());
        calendar.add(event(appointment, method));
        StringWriter out = new StringWriter();
        try {
            // Not validated on every write (it was a quarter of the service's CPU under load):
            // CalendarInvitesTest validates what this writes, iTIP rules included.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalendarInvite(method, appointment.sequence(), out.toString());
    }

    /** The UID shared by every invite of the booking. */
    public String uidOf(UUID bookingId) {
        return "booking-" + bookingId + "@" + uidDomain;
    }

    private VEvent event(AppointmentInvite appointment, InviteMethod method) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uidOf(appointment.bookingId())));
        event.add(new DtStamp(appointment.stampedAt()));
        event.add(new DtStart<>(appointment.startsAt()));
        event.add(new DtEnd<>(appointment.endsAt()));
        event.add(new Sequence(appointment.sequence()));
        event.add(method == InviteMethod.REQUEST ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
        event.add(new Summary(appointment.summary()));
        event.add(new Description(appointment.description()));
        event.add(new Location(appointment.location()));
        Organizer organizer = new Organizer(mailto(appointment.organizer().email()));
        organizer.add(new Cn(appointment.organizer().name()));
        event.add(organizer);
        Attendee attendee = new Attendee(mailto(appointment.attendee().email()));
        attendee.add(new Cn(appointment.attendee().name()));
        attendee.add(Role.REQ_PARTICIPANT);
        if (method == InviteMethod.REQUEST) {
            attendee.add(PartStat.NEEDS_ACTION);
            // The studio does not process iTIP replies: the booking is already confirmed.
            attendee.add(new Rsvp(false));
        }
        event.add(attendee);
        return event;
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a calendar address", e);
        }
    }
}
