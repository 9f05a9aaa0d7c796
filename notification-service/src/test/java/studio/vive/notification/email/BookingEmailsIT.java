package studio.vive.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ReceivedMail;
import studio.vive.notification.support.ServiceSpec;

/**
 * Each email, end to end: a lifecycle event on Kafka in, a message read back over IMAP out, with
 * its recipients, subject, both bodies and its calendar attachment parsed by ical4j.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingEmailsIT extends ServiceSpec {

    private static final String UID_PREFIX = "booking-";
    private static final List<String> HEALTH_WORDS = List.of("doctor", "pain", "cancer", "leg", "bladder", "referral",
            "numbness", "fever", "weight");

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_emails";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private Notification notification(Bookings booking, NotificationKind kind) {
        return notificationsOf(notifications, booking.bookingId).stream().filter(n -> n.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow();
    }

    private static void assertNoHealthWords(String subject) {
        for (String word : HEALTH_WORDS) {
            assertFalse(subject.toLowerCase(Locale.ROOT).contains(word), "subject mentions '" + word + "': " + subject);
        }
    }

    @Test
    void clientConfirmationSaysWhatWhenWhereWithWhomAndHowToCancel() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertEquals(List.of(booking.clientEmail), mail.to());
        assertEquals(List.of("bookings@vive.studio"), mail.from());
        assertEquals(List.of("hello@vive.studio"), mail.replyTo());
        assertEquals("Booking confirmed: Remedial massage, 60 minutes, Tuesday 1 December 2026 at 10:00", mail.subject());
        assertNoHealthWords(mail.subject());
        String manageUrl = booking.issuedManageUrl();
        for (String body : List.of(mail.text(), mail.html())) {
            assertTrue(body.contains("Ada Lovelace"));
            assertTrue(body.contains(Bookings.SERVICE_NAME));
            assertTrue(body.contains(Bookings.THERAPIST_NAME));
            assertTrue(body.contains("Tuesday 1 December 2026"));
            assertTrue(body.contains("10:00\u201311:00 AEDT (UTC+11:00)"), body);
            assertTrue(body.contains("12 Harbour Street, Sydney NSW 2000"));
            assertTrue(body.contains(manageUrl), "the manage link booking-service issued");
        }
        assertTrue(mail.html().contains("href=\"" + manageUrl + "\""));
        assertEquals(notification(booking, NotificationKind.CLIENT_CONFIRMATION).messageId(), mail.messageId());
        assertEquals("auto-generated", mail.header("Auto-Submitted").orElseThrow());
        assertEquals(notification(booking, NotificationKind.CLIENT_CONFIRMATION).createdAt().getEpochSecond(),
                mail.sentDate().toInstant().getEpochSecond());
    }

    @Test
    void clientConfirmationCarriesACalendarRequestInTheStudioTimeZone() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);
        Calendar calendar = mail.calendar().orElseThrow(() -> new AssertionError("no invite attached"));
        VEvent event = event(calendar);

        assertTrue(mail.calendarContentType().orElseThrow().toLowerCase(Locale.ROOT).contains("method=request"));
        assertEquals("REQUEST", method(calendar));
        assertEquals(UID_PREFIX + booking.bookingId + "@vive.studio", value(event, Property.UID));
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertEquals("Australia/Sydney", start.getParameter(Parameter.TZID).map(Parameter::getValue).orElseThrow());
        assertEquals("20261201T100000", start.getValue());
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("mailto:bookings@vive.studio", value(event, Property.ORGANIZER));
        assertEquals("mailto:" + booking.clientEmail, value(event, Property.ATTENDEE));
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
    }

    @Test
    void clientInviteCarriesNoManageLinkNorItsToken() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);
        Calendar calendar = mail.calendar().orElseThrow(() -> new AssertionError("no invite attached"));
        VEvent event = event(calendar);

        String manageUrl = booking.issuedManageUrl();
        String token = manageUrl.substring(manageUrl.indexOf("token=") + 6);
        assertFalse(value(event, Property.DESCRIPTION).contains("/manage/"));
        assertTrue(event.getProperty(Property.URL).isEmpty(), "an invite has no URL property");
        assertFalse(calendar.toString().contains(token), "the manage token is nowhere in the .ics");
    }

    @Test
    void therapistGetsANoticeOfTheNewBookingWithTheSameCalendarEvent() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.therapistEmail);
        Calendar calendar = mail.calendar().orElseThrow(() -> new AssertionError("no invite attached"));

        assertEquals(List.of(booking.therapistEmail), mail.to());
        assertEquals("New booking: Remedial massage, 60 minutes, Tuesday 1 December 2026 at 10:00", mail.subject());
        for (String body : List.of(mail.text(), mail.html())) {
            assertTrue(body.contains("Mia Chen"));
            assertTrue(body.contains("Ada Lovelace"));
            assertTrue(body.contains("10:00\u201311:00 AEDT (UTC+11:00)"));
            assertFalse(body.contains("token="), "the client's manage link is theirs alone");
        }
        assertEquals("REQUEST", method(calendar));
        assertEquals(UID_PREFIX + booking.bookingId + "@vive.studio", value(event(calendar), Property.UID));
        assertEquals("mailto:" + booking.therapistEmail, value(event(calendar), Property.ATTENDEE));
        assertEquals(notification(booking, NotificationKind.THERAPIST_NOTICE).messageId(), mail.messageId());
    }

    @Test
    void referralAsksTheClientToSeeTheirDoctorFirstWithThePlainLanguageReasonsAndNoInvite() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.referred(Tier.REFERRAL, List.of(
                new Reason("RF-OSTEOPOROSIS", "You told us you have osteoporosis."),
                new Reason("RF-STEROIDS", "You told us you use steroids."))));

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertEquals(List.of(booking.clientEmail), mail.to());
        assertEquals("Your booking request at Vive Studios is not confirmed yet", mail.subject());
        assertNoHealthWords(mail.subject());
        for (String body : List.of(mail.text(), mail.html())) {
            assertTrue(body.contains("Your booking is not confirmed."));
            assertTrue(body.contains("Please see your doctor before we treat you."));
            assertTrue(body.contains("You told us you have osteoporosis."));
            assertTrue(body.contains("You told us you use steroids."));
            assertTrue(body.contains("http://localhost:8080/"), "how to book again");
            assertFalse(body.contains("RF-"), "rule ids are for staff");
            assertFalse(body.contains("immediately"));
        }
        assertTrue(mail.calendar().isEmpty(), "a referral carries no invite");
        assertTrue(mailFor(booking.therapistEmail).isEmpty(), "the therapist is not told about a referral");
    }

    @Test
    void urgentReferralSaysPlainlyToSeeADoctorImmediately() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.referred(Tier.URGENT_REFERRAL, List.of(
                new Reason("RF-LEG-NEURO", "You told us about weakness, numbness or tingling down one or both legs."))));

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertEquals("Important: your booking request at Vive Studios is not confirmed", mail.subject());
        assertNoHealthWords(mail.subject());
        assertTrue(mail.text().contains("PLEASE SEE A DOCTOR IMMEDIATELY."));
        assertTrue(mail.html().contains("Please see a doctor immediately."));
        for (String body : List.of(mail.text(), mail.html())) {
            assertTrue(body.contains("Your booking is not confirmed."));
            assertTrue(body.contains("You told us about weakness, numbness or tingling down one or both legs."));
            assertTrue(body.contains("We will be glad to help once a doctor has ruled out a serious cause."));
            assertFalse(body.contains("RF-LEG-NEURO"));
        }
        assertTrue(mail.calendar().isEmpty(), "an urgent referral carries no invite");
        assertEquals(NotificationKind.URGENT_REFERRAL,
                notificationsOf(notifications, booking.bookingId).get(0).kind());
    }

    @Test
    void cancellationSendsACalendarCancelOfTheSameEventToClientAndTherapist() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        publisher.publish(booking.cancelled());

        for (String recipient : List.of(booking.clientEmail, booking.therapistEmail)) {
            List<ReceivedMail> mails = awaitMail(recipient, 2);
            Calendar invite = mails.get(0).calendar().orElseThrow();
            ReceivedMail cancellation = mails.get(1);
            Calendar cancel = cancellation.calendar().orElseThrow(() -> new AssertionError("no cancellation attached"));

            assertEquals("Booking cancelled: Remedial massage, 60 minutes, Tuesday 1 December 2026 at 10:00",
                    cancellation.subject());
            assertTrue(cancellation.text().contains("cancelled"));
            assertTrue(cancellation.html().contains("cancelled"));
            assertTrue(cancellation.calendarContentType().orElseThrow().toLowerCase(Locale.ROOT).contains("method=cancel"));
            assertEquals("CANCEL", method(cancel));
            assertEquals(value(event(invite), Property.UID), value(event(cancel), Property.UID));
            assertTrue(Integer.parseInt(value(event(cancel), Property.SEQUENCE))
                    > Integer.parseInt(value(event(invite), Property.SEQUENCE)));
            assertEquals("CANCELLED", value(event(cancel), Property.STATUS));
            assertEquals(List.of(recipient), cancellation.to());
        }
    }

    /** Where a client books again (notification-service's {@code vive.studio.booking-url} in tests). */
    private static final String BOOKING_URL = "http://localhost:8080/";

    @Test
    void aStudioCancellationSendsTheClientAnApologyWithALinkToBookAgainAndTheCalendarCancel() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        publisher.publish(booking.cancelledByStudio());

        ReceivedMail apology = awaitMail(booking.clientEmail, 2).get(1);

        assertEquals("We're sorry: Booking cancelled: Remedial massage, 60 minutes, Tuesday 1 December 2026 at 10:00",
                apology.subject());
        assertNoHealthWords(apology.subject());
        for (String body : List.of(apology.text(), apology.html())) {
            assertTrue(body.contains("We are sorry"), body);
            assertTrue(body.contains(BOOKING_URL), body);
        }
        assertTrue(apology.html().contains("href=\"" + BOOKING_URL + "\""));
        assertEquals("CANCEL", method(apology.calendar().orElseThrow()));
        Calendar therapists = awaitMail(booking.therapistEmail, 2).get(1).calendar().orElseThrow();
        assertEquals("CANCEL", method(therapists));
    }

    @Test
    void aClientsOwnCancellationIsNoApology() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.cancelled());

        ReceivedMail cancellation = awaitMail(booking.clientEmail, 1).get(0);

        assertTrue(cancellation.subject().startsWith("Booking cancelled: "), cancellation.subject());
        assertTrue(!cancellation.text().contains("We are sorry"), cancellation.text());
    }

    @Test
    void aBookingCancelledBeforeItWasConfirmedTellsOnlyTheClient() throws Exception {
        Bookings booking = new Bookings();

        publisher.publish(booking.cancelled());

        assertEquals("Booking cancelled: Remedial massage, 60 minutes, Tuesday 1 December 2026 at 10:00",
                awaitMail(booking.clientEmail, 1).get(0).subject());
        // Recorded in the same transaction as the client's: had there been one, it would be here.
        assertEquals(List.of(NotificationKind.CLIENT_CANCELLATION),
                notifications.findByBookingIdInRecordedOrder(booking.bookingId).stream().map(Notification::kind).toList());
        assertTrue(mailFor(booking.therapistEmail).isEmpty());
    }

    @Test
    void userTextIsEscapedInTheHtmlBodyAndLeftAsIsInTheTextBody() throws Exception {
        Bookings booking = new Bookings("<script>alert('x')</script> O'Brien & Co");
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("&lt;script&gt;"));
        assertTrue(mail.html().contains("&amp; Co"));
        assertTrue(mail.text().contains("<script>alert('x')</script> O'Brien & Co"));
    }

    @Test
    void namesBeyondAsciiArriveIntactInHeadersAndBodies() throws Exception {
        Bookings booking = new Bookings("Zo\u00eb \u00c5ngstr\u00f6m \u674e\u534e");
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertEquals(List.of(booking.clientName), mail.toNames());
        assertTrue(mail.text().contains(booking.clientName));
        assertTrue(mail.html().contains(booking.clientName));
    }

    private static List<ReceivedMail> awaitMail(String recipient, int count) {
        return studio.vive.testsupport.SharedInfrastructure.get().mailbox().awaitMessages(recipient, count, MAIL_TIMEOUT)
                .stream().map(ReceivedMail::new).toList();
    }
}
