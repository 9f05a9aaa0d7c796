package studio.vive.notification.change;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.ChangeReason;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ReceivedMail;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.notification.support.Sql;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * A confirmed booking that moves (the studio reassigns it, the client reschedules it): every
 * party's calendar copy is replaced through the same UID with the change's SEQUENCE, each email
 * exactly once, and a later cancellation still removes the event from every calendar that holds it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentChangedIT extends ServiceSpec {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @Inject
    NotificationRepository notifications;

    @Inject
    DataSource dataSource;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_change";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void aReassignmentUpdatesTheClientsInviteCancelsThePreviousTherapistsAndInvitesTheNewOne() throws Exception {
        Bookings booking = confirmed();
        publisher.publish(reassigned(booking, 1));

        assertEquals(List.of(NotificationKind.CLIENT_CONFIRMATION, NotificationKind.THERAPIST_NOTICE,
                NotificationKind.CLIENT_CHANGE, NotificationKind.THERAPIST_CANCELLATION,
                NotificationKind.THERAPIST_NOTICE), kinds(awaitSent(booking, 5)));
        List<ReceivedMail> client = mails(booking.clientEmail, 2);
        assertSameEventWithSequence(client.get(0), client.get(1), "REQUEST", 1);
        assertTrue(client.get(1).text().contains("Noah Patel"), "the new therapist");
        assertTrue(client.get(1).text().contains("We're sorry"), "the studio changed it");
        List<ReceivedMail> previous = mails(booking.therapistEmail, 2);
        assertSameEventWithSequence(previous.get(0), previous.get(1), "CANCEL", 1);
        ReceivedMail notice = mails(booking.otherTherapistEmail, 1).get(0);
        assertSameEventWithSequence(client.get(0), notice, "REQUEST", 1);
        assertTrue(notice.subject().startsWith("New booking: "), notice.subject());
    }

    @Test
    void aRescheduleUpdatesTheClientsAndTheTherapistsInviteToTheNewTime() throws Exception {
        Bookings booking = confirmed();
        publisher.publish(rescheduled(booking, 1));

        assertEquals(List.of(NotificationKind.CLIENT_CONFIRMATION, NotificationKind.THERAPIST_NOTICE,
                NotificationKind.CLIENT_CHANGE, NotificationKind.THERAPIST_CHANGE), kinds(awaitSent(booking, 4)));
        List<ReceivedMail> client = mails(booking.clientEmail, 2);
        assertSameEventWithSequence(client.get(0), client.get(1), "REQUEST", 1);
        assertEquals(booking.appointmentLater(TWO_HOURS).startsAt().toInstant(),
                java.time.Instant.from(event(client.get(1)).getDateTimeStart().getDate()));
        assertTrue(client.get(1).text().contains("as you asked"), client.get(1).text());
        List<ReceivedMail> therapist = mails(booking.therapistEmail, 2);
        assertSameEventWithSequence(therapist.get(0), therapist.get(1), "REQUEST", 1);
        assertTrue(therapist.get(1).subject().startsWith("Booking moved: "), therapist.get(1).subject());
    }

    @Test
    void aRepublishedChangeSendsNothingAgain() {
        Bookings booking = confirmed();
        publisher.publish(rescheduled(booking, 1));
        awaitSent(booking, 4);

        publisher.publish(rescheduled(booking, 1));
        publisher.publish(booking.cancelled());

        // the cancellation after it is processed in order: once it is recorded, so was the republished change
        List<NotificationKind> kinds = kinds(awaitSent(booking, 6));
        assertEquals(1, kinds.stream().filter(NotificationKind.CLIENT_CHANGE::equals).count());
        assertEquals(1, kinds.stream().filter(NotificationKind.THERAPIST_CHANGE::equals).count());
    }

    @Test
    void eachLaterChangeIsSentWithItsOwnHigherSequence() throws Exception {
        Bookings booking = confirmed();
        publisher.publish(rescheduled(booking, 1));
        publisher.publish(booking.changed(booking.appointmentLater(TWO_HOURS), booking.appointmentLater(TWO_HOURS.plus(TWO_HOURS)),
                2, ChangeReason.RESCHEDULED_BY_CLIENT));

        awaitSent(booking, 6);
        List<ReceivedMail> client = mails(booking.clientEmail, 3);
        assertSameEventWithSequence(client.get(0), client.get(2), "REQUEST", 2);
    }

    @Test
    void aCancellationAfterAReassignmentGoesToTheCurrentTherapistAboveTheChangesSequence() throws Exception {
        Bookings booking = confirmed();
        publisher.publish(reassigned(booking, 1));
        awaitSent(booking, 5);

        publisher.publish(cancelledWithColleague(booking));

        List<Notification> sent = awaitSent(booking, 7);
        assertEquals(List.of(NotificationKind.CLIENT_CANCELLATION, NotificationKind.THERAPIST_CANCELLATION),
                kinds(sent.subList(5, 7)));
        assertEquals(booking.otherTherapistEmail, sent.get(6).recipient());
        List<ReceivedMail> client = mails(booking.clientEmail, 3);
        assertSameEventWithSequence(client.get(0), client.get(2), "CANCEL", 2);
        assertSameEventWithSequence(client.get(0), mails(booking.otherTherapistEmail, 2).get(1), "CANCEL", 2);
        assertEquals(2, mailFor(booking.therapistEmail).size(), "the previous therapist hears nothing more");
    }

    @Test
    void aChangeAfterTheCancellationSendsNothing() {
        Bookings booking = confirmed();
        publisher.publish(booking.cancelled());
        awaitSent(booking, 4);
        AppointmentChanged late = rescheduled(booking, 1);

        publisher.publish(late);

        Sql sql = new Sql(dataSource);
        await().atMost(MAIL_TIMEOUT).until(() -> sql.exists("SELECT 1 FROM processed_event WHERE event_id = ?",
                late.eventId()));
        List<NotificationKind> kinds = kinds(notificationsOf(notifications, booking.bookingId));
        assertFalse(kinds.contains(NotificationKind.CLIENT_CHANGE), kinds.toString());
        assertEquals(4, kinds.size());
    }

    private Bookings confirmed() {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        return booking;
    }

    private static AppointmentChanged reassigned(Bookings booking, int sequence) {
        return booking.changed(booking.appointment(), booking.appointmentWithColleague(), sequence,
                ChangeReason.REASSIGNED_BY_STUDIO);
    }

    private static AppointmentChanged rescheduled(Bookings booking, int sequence) {
        return booking.changed(booking.appointment(), booking.appointmentLater(TWO_HOURS), sequence,
                ChangeReason.RESCHEDULED_BY_CLIENT);
    }

    private static studio.vive.contracts.BookingCancelled cancelledWithColleague(Bookings booking) {
        return studio.vive.contracts.BookingCancelled.of(booking.bookingId, java.time.Instant.parse("2026-11-30T23:25:00Z"),
                booking.client(), booking.appointmentWithColleague());
    }

    private List<Notification> awaitSent(Bookings booking, int count) {
        return await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, booking.bookingId),
                all -> allIn(all, NotificationStatus.SENT, count));
    }

    private static List<NotificationKind> kinds(List<Notification> notifications) {
        return notifications.stream().map(Notification::kind).toList();
    }

    private static List<ReceivedMail> mails(String address, int count) {
        return SharedInfrastructure.get().mailbox().awaitMessages(address, count, MAIL_TIMEOUT).stream()
                .map(ReceivedMail::new).toList();
    }

    private static VEvent event(ReceivedMail mail) throws Exception {
        return mail.calendar().orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
    }

    /** {@code later}'s invite is {@code original}'s calendar event (same UID) with {@code method} and {@code sequence}. */
    private static void assertSameEventWithSequence(ReceivedMail original, ReceivedMail later, String method,
                                                    int sequence) throws Exception {
        Calendar calendar = later.calendar().orElseThrow();
        assertEquals(method, calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
        assertEquals(event(original).getProperty(Property.UID).orElseThrow().getValue(),
                event(later).getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(String.valueOf(sequence), event(later).getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
