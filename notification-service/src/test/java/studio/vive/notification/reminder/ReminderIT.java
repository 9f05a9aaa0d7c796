package studio.vive.notification.reminder;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.notification.reminder.ReminderEvents.confirmedAt;
import static studio.vive.notification.reminder.ReminderEvents.reminderOf;
import static studio.vive.notification.reminder.ReminderEvents.reminders;
import static studio.vive.notification.reminder.ReminderEvents.rescheduledTo;
import static studio.vive.notification.reminder.ReminderEvents.startIn;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.MovableClock;
import studio.vive.notification.support.ReceivedMail;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.notification.support.Sql;

/**
 * The client's reminder, 24 hours before the appointment by default: once, through the delivery
 * pipeline, dropped for a cancelled or referred booking, moved by a reschedule. Time is moved by
 * the service's clock; every appointment is placed relative to it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderIT extends ServiceSpec {

    private static final Duration LEAD = Duration.ofHours(24);

    @Inject
    NotificationRepository notifications;

    @Inject
    ReminderRepository reminderRows;

    @Inject
    Reminders reminders;

    @Inject
    ReminderIssuer issuer;

    @Inject
    MovableClock clock;

    @Inject
    ReminderContactEraser contactEraser;

    @Inject
    DataSource dataSource;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_reminder";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(MovableClock.OFFSET, "0s");
        return properties;
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private Reminder awaitReminderRow(Bookings booking, ReminderStatus status) {
        return await().atMost(MAIL_TIMEOUT).until(() -> reminderRows.findById(booking.bookingId).orElse(null),
                r -> r != null && r.status() == status);
    }

    private Notification awaitReminderSent(Bookings booking) {
        return await().atMost(MAIL_TIMEOUT).until(() -> reminderOf(notificationsOf(notifications, booking.bookingId))
                .orElse(null), n -> n != null && n.status() == NotificationStatus.SENT);
    }

    private void assertNoReminderIssued(Bookings booking) {
        issuer.issueDue();
        assertTrue(reminderOf(notificationsOf(notifications, booking.bookingId)).isEmpty(), "no reminder recorded");
    }

    private Bookings confirm(OffsetDateTime start) {
        Bookings booking = new Bookings();
        publisher.publish(confirmedAt(booking, start, clock));
        return booking;
    }

    @Test
    void theReminderIsSentOnceTheLeadBeforeTheAppointmentWithTheTimeTherapistAddressAndLinks() throws Exception {
        OffsetDateTime start = startIn(clock, Duration.ofDays(3));
        Bookings booking = confirm(start);
        Reminder scheduled = awaitReminderRow(booking, ReminderStatus.PENDING);
        assertEquals(start.minus(LEAD).toInstant(), scheduled.dueAt());
        assertNoReminderIssued(booking);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        Notification sent = awaitReminderSent(booking);

        issuer.issueDue();
        assertEquals(ReminderStatus.ISSUED, reminderRows.findById(booking.bookingId).orElseThrow().status());
        List<jakarta.mail.internet.MimeMessage> received = reminders(mailFor(booking.clientEmail));
        assertEquals(1, received.size(), "sent once");
        ReceivedMail mail = new ReceivedMail(received.get(0));
        assertEquals(sent.messageId(), mail.messageId());
        String startTime = DateTimeFormatter.ofPattern("HH:mm").format(start);
        assertTrue(mail.subject().startsWith("Reminder: " + Bookings.SERVICE_NAME + ", "), mail.subject());
        assertTrue(mail.subject().endsWith(" at " + startTime), mail.subject());
        for (String body : List.of(mail.text(), mail.html())) {
            assertTrue(body.contains(startTime), "the time");
            assertTrue(body.contains(Bookings.THERAPIST_NAME), "the therapist");
            assertTrue(body.contains("12 Harbour Street, Sydney NSW 2000"), "the address");
            assertTrue(body.contains(booking.issuedManageUrl()), "the manage link");
        }
        String manageUrl = booking.issuedManageUrl();
        String recheck = manageUrl.replace("?token=", "/recheck?token=");
        assertTrue(mail.text().contains(recheck), "the re-check link");
        assertTrue(mail.html().contains("href=\"" + recheck + "\""), "the re-check link");
        assertTrue(mail.calendar().isEmpty(), "no invite: the confirmation carried it");
    }

    @Test
    void aReminderWhoseMomentHasPassedAtConfirmationIsSentAtOnce() {
        Bookings booking = confirm(startIn(clock, Duration.ofHours(18)));

        awaitReminderSent(booking);

        assertEquals(1, reminders(mailFor(booking.clientEmail)).size());
    }

    @Test
    void anAppointmentInsideTheSkipWindowAtConfirmationGetsNoReminder() {
        Bookings booking = confirm(startIn(clock, Duration.ofHours(6)));

        awaitReminderRow(booking, ReminderStatus.SKIPPED);

        assertNoReminderIssued(booking);
    }

    @Test
    void aCancellationDropsTheReminder() {
        Bookings booking = confirm(startIn(clock, Duration.ofDays(3)));
        awaitReminderRow(booking, ReminderStatus.PENDING);

        publisher.publish(booking.cancelled());
        awaitReminderRow(booking, ReminderStatus.DROPPED);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertNoReminderIssued(booking);
    }

    @Test
    void aReferralDropsTheReminder() {
        Bookings booking = confirm(startIn(clock, Duration.ofDays(3)));
        awaitReminderRow(booking, ReminderStatus.PENDING);

        publisher.publish(booking.referred(Tier.URGENT_REFERRAL,
                List.of(new Reason("RF-FEVER", "You told us you have a persistent fever."))));
        awaitReminderRow(booking, ReminderStatus.DROPPED);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertNoReminderIssued(booking);
    }

    @Test
    void aRescheduleMovesTheReminderToTheNewTime() throws Exception {
        OffsetDateTime start = startIn(clock, Duration.ofDays(3));
        Bookings booking = confirm(start);
        awaitReminderRow(booking, ReminderStatus.PENDING);
        OffsetDateTime newStart = start.plusDays(2).plusHours(1);

        publisher.publish(rescheduledTo(booking, start, newStart, 1, clock));

        Reminder moved = await().atMost(MAIL_TIMEOUT).until(() -> reminderRows.findById(booking.bookingId).orElseThrow(),
                r -> newStart.minus(LEAD).toInstant().equals(r.dueAt()));
        assertEquals(newStart.plusHours(1).toInstant(), moved.endsAt().toInstant());
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertNoReminderIssued(booking);
        clock.advance(Duration.ofDays(2).plusHours(1));
        awaitReminderSent(booking);
        ReceivedMail mail = new ReceivedMail(reminders(mailFor(booking.clientEmail)).get(0));
        assertTrue(mail.subject().endsWith(" at " + DateTimeFormatter.ofPattern("HH:mm").format(newStart)));
    }

    @Test
    void aChangeOfABookingWithoutAReminderChangesNothing() {
        Bookings booking = new Bookings();

        assertFalse(reminders.move(booking.bookingId, confirmedAt(booking, startIn(clock, Duration.ofDays(3)), clock)
                .appointment()));
    }

    @Test
    void aReminderAlreadySentIsNotMovedByALaterChange() throws Exception {
        OffsetDateTime start = startIn(clock, Duration.ofHours(18));
        Bookings booking = confirm(start);
        awaitReminderSent(booking);

        assertFalse(reminders.move(booking.bookingId, rescheduledTo(booking, start, start.plusDays(3), 1, clock)
                .appointment()));
        assertEquals(ReminderStatus.ISSUED, reminderRows.findById(booking.bookingId).orElseThrow().status());
    }
    @Test
    void aReminderThatCannotBeComposedIsSettledFailedAndDoesNotHoldBackTheOthers() throws Exception {
        Bookings broken = confirm(startIn(clock, Duration.ofDays(3)));
        Bookings healthy = confirm(startIn(clock, Duration.ofDays(3)));
        awaitReminderRow(broken, ReminderStatus.PENDING);
        awaitReminderRow(healthy, ReminderStatus.PENDING);
        new Sql(dataSource).update("UPDATE reminder SET time_zone = 'Not/AZone' WHERE booking_id = ?",
                broken.bookingId);

        clock.advance(Duration.ofDays(2).plusMinutes(1));

        awaitReminderSent(healthy);
        awaitReminderRow(broken, ReminderStatus.FAILED);
        assertTrue(reminderOf(notificationsOf(notifications, broken.bookingId)).isEmpty(), "nothing recorded");
    }

    @Test
    void aSettledReminderLosesItsContactDataAfterTheRetentionPeriodAndAPendingOneKeepsIt() throws Exception {
        Bookings dropped = confirm(startIn(clock, Duration.ofDays(3)));
        Bookings pending = confirm(startIn(clock, Duration.ofDays(3)));
        awaitReminderRow(pending, ReminderStatus.PENDING);
        awaitReminderRow(dropped, ReminderStatus.PENDING);
        publisher.publish(dropped.cancelled());
        awaitReminderRow(dropped, ReminderStatus.DROPPED);
        new Sql(dataSource).update("UPDATE reminder SET created_at = created_at - interval '31 days'"
                + " WHERE booking_id IN (?, ?)", dropped.bookingId, pending.bookingId);

        contactEraser.eraseExpired();

        Reminder erased = reminderRows.findById(dropped.bookingId).orElseThrow();
        assertEquals("", erased.clientEmail());
        assertEquals("", erased.clientName());
        assertTrue(erased.contactErasedAt() != null);
        assertEquals(pending.clientEmail, reminderRows.findById(pending.bookingId).orElseThrow().clientEmail());
    }
}
