package studio.vive.notification.reminder;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.notification.reminder.ReminderEvents.confirmedAt;
import static studio.vive.notification.reminder.ReminderEvents.reminderOf;
import static studio.vive.notification.reminder.ReminderEvents.reminders;
import static studio.vive.notification.reminder.ReminderEvents.startIn;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.MovableClock;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * The service is down when a reminder falls due: it is sent once, late, when the service is back,
 * unless the appointment has started by then. Each run of the service is its own application
 * context on the same database; the second one's clock is two days on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderAfterRestartIT {

    private static final String DATABASE = "notification_reminder_restart";
    private static final Duration DOWNTIME = Duration.ofDays(2).plusHours(1);

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private static ApplicationContext startService(Duration clockOffset) {
        Map<String, Object> properties = new HashMap<>(ServiceSpec.serviceProperties(DATABASE));
        properties.put("micronaut.server.port", -1);
        properties.put(MovableClock.OFFSET, clockOffset.toSeconds() + "s");
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    /** Runs the service until {@code booking}'s confirmation is delivered and its reminder scheduled. */
    private void confirmWhileRunning(Bookings booking, Duration startsIn, ReminderStatus expected) {
        try (ApplicationContext service = startService(Duration.ZERO)) {
            OffsetDateTime start = startIn(service.getBean(MovableClock.class), startsIn);
            publisher.publish(confirmedAt(booking, start, service.getBean(MovableClock.class)));
            ReminderRepository rows = service.getBean(ReminderRepository.class);
            await().atMost(ServiceSpec.MAIL_TIMEOUT).until(() -> rows.findById(booking.bookingId)
                    .map(Reminder::status).orElse(null), expected::equals);
            NotificationRepository notifications = service.getBean(NotificationRepository.class);
            await().atMost(ServiceSpec.MAIL_TIMEOUT).until(() -> notifications
                    .findByBookingIdInRecordedOrder(booking.bookingId), all -> all.size() == 2
                    && all.stream().allMatch(n -> n.status() == NotificationStatus.SENT));
        }
    }

    @Test
    void aReminderThatFellDueWhileTheServiceWasDownIsSentOnceAfterItRestarts() {
        Bookings booking = new Bookings();
        confirmWhileRunning(booking, Duration.ofDays(3), ReminderStatus.PENDING);

        try (ApplicationContext service = startService(DOWNTIME)) {
            NotificationRepository notifications = service.getBean(NotificationRepository.class);
            Notification sent = await().atMost(ServiceSpec.MAIL_TIMEOUT).until(() -> reminderOf(
                    notifications.findByBookingIdInRecordedOrder(booking.bookingId)).orElse(null),
                    n -> n != null && n.status() == NotificationStatus.SENT);
            service.getBean(ReminderIssuer.class).issueDue();

            assertEquals(1, reminders(SharedInfrastructure.get().mailbox().messagesFor(booking.clientEmail)).size());
            assertEquals(1, sent.attempts());
            assertEquals(ReminderStatus.ISSUED,
                    service.getBean(ReminderRepository.class).findById(booking.bookingId).orElseThrow().status());
        }
    }

    @Test
    void aReminderWhoseAppointmentStartedWhileTheServiceWasDownIsNotSent() {
        Bookings booking = new Bookings();
        confirmWhileRunning(booking, Duration.ofDays(2), ReminderStatus.PENDING);

        try (ApplicationContext service = startService(DOWNTIME)) {
            ReminderRepository rows = service.getBean(ReminderRepository.class);
            await().atMost(ServiceSpec.MAIL_TIMEOUT).until(() -> rows.findById(booking.bookingId)
                    .map(Reminder::status).orElse(null), ReminderStatus.MISSED::equals);

            assertTrue(reminderOf(service.getBean(NotificationRepository.class)
                    .findByBookingIdInRecordedOrder(booking.bookingId)).isEmpty());
        }
    }
}
