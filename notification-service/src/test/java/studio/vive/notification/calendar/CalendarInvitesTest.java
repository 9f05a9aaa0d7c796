package studio.vive.notification.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The invites are valid RFC 5545 that a calendar client reads back as the same appointment. */
class CalendarInvitesTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final UUID BOOKING = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");

    private final CalendarInvites invites = new CalendarInvites("vive.studio");

    private AppointmentInvite appointment(String summary) {
        return appointment(summary, 0);
    }

    private AppointmentInvite appointment(String summary, int sequence) {
        return new AppointmentInvite(BOOKING, Instant.parse("2026-11-30T23:15:02Z"),
                ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, SYDNEY), ZonedDateTime.of(2026, 12, 1, 11, 0, 0, 0, SYDNEY),
                summary, "To change or cancel, use the link in your confirmation email.", "12 Harbour Street, Sydney NSW 2000",
                new InviteParty("Vive Studios", "bookings@vive.studio"), new InviteParty("Ada Lovelace", "ada@example.com"), sequence);
    }

    private static Calendar parse(CalendarInvite invite) throws Exception {
        return new CalendarBuilder().build(new StringReader(invite.content()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void invitesAndCancellationsAreValidCalendarsIncludingTheirITipMethod() throws Exception {
        for (InviteMethod method : InviteMethod.values()) {
            Calendar calendar = parse(invites.write(appointment("Remedial massage"), method));

            ValidationResult result = calendar.validate();

            assertFalse(result.hasErrors(), method + ": " + result.getEntries());
        }
    }

    @Test
    void requestNamesTheMethodTheBookingUidAndSequenceZero() throws Exception {
        Calendar calendar = parse(invites.write(appointment("Remedial massage"), InviteMethod.REQUEST));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();

        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
        assertEquals("booking-" + BOOKING + "@vive.studio", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
    }

    @Test
    void startAndEndCarryTheStudioTimeZoneWithAMatchingVTimeZone() throws Exception {
        Calendar calendar = parse(invites.write(appointment("Remedial massage"), InviteMethod.REQUEST));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        Property start = event.getProperty(Property.DTSTART).orElseThrow();

        assertEquals("Australia/Sydney", start.getParameter(Parameter.TZID).map(Parameter::getValue).orElseThrow());
        assertEquals("20261201T100000", start.getValue());
        assertEquals("20261201T110000", value(event, Property.DTEND));
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("Australia/Sydney", zone.getProperty(Property.TZID).map(Property::getValue).orElseThrow());
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"),
                Instant.from(event.<net.fortuna.ical4j.model.property.DtStart<ZonedDateTime>>getProperty(Property.DTSTART)
                        .orElseThrow().getDate()));
    }

    @Test
    void anUpdatedInviteCarriesTheSequenceOfItsChange() throws Exception {
        VEvent event = parse(invites.write(appointment("Remedial massage", 3), InviteMethod.REQUEST))
                .<VEvent>getComponent("VEVENT").orElseThrow();

        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
    }

    @Test
    void cancellationHasTheSameUidAndAHigherSequence() throws Exception {
        VEvent request = parse(invites.write(appointment("Remedial massage"), InviteMethod.REQUEST))
                .<VEvent>getComponent("VEVENT").orElseThrow();
        Calendar cancel = parse(invites.write(appointment("Remedial massage", 1), InviteMethod.CANCEL));
        VEvent cancelled = cancel.<VEvent>getComponent("VEVENT").orElseThrow();

        assertEquals("CANCEL", cancel.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
        assertEquals(value(request, Property.UID), value(cancelled, Property.UID));
        assertTrue(Integer.parseInt(value(cancelled, Property.SEQUENCE)) > Integer.parseInt(value(request, Property.SEQUENCE)));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
    }

    @Test
    void organizerIsTheStudioAndTheOnlyAttendeeIsTheRecipient() throws Exception {
        VEvent event = parse(invites.write(appointment("Remedial massage"), InviteMethod.REQUEST))
                .<VEvent>getComponent("VEVENT").orElseThrow();

        assertEquals("mailto:bookings@vive.studio", value(event, Property.ORGANIZER));
        assertEquals(1, event.getProperties(Property.ATTENDEE).size());
        Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertEquals("mailto:ada@example.com", attendee.getValue());
        assertEquals("Ada Lovelace", attendee.getParameter(Parameter.CN).map(Parameter::getValue).orElseThrow());
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedAndReadBackUnchanged() throws Exception {
        String summary = "Remedial massage; deep tissue, with Mia \\ \"Chen\" — a long title that is well over"
                + " seventy-five octets so it must be folded onto continuation lines";
        CalendarInvite invite = invites.write(appointment(summary), InviteMethod.REQUEST);

        for (String line : invite.content().split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "line too long: " + line);
        }
        assertTrue(invite.content().contains("\\;"), "semicolon escaped");
        VEvent event = parse(invite).<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(summary, value(event, Property.SUMMARY));
    }

    @Test
    void sameAppointmentWritesTheSameBytes() {
        assertEquals(invites.write(appointment("Remedial massage"), InviteMethod.REQUEST).content(),
                invites.write(appointment("Remedial massage"), InviteMethod.REQUEST).content());
    }
}
