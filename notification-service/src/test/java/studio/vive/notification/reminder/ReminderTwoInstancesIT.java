package studio.vive.notification.reminder;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.vive.notification.reminder.ReminderEvents.confirmedAt;
import static studio.vive.notification.reminder.ReminderEvents.reminderOf;
import static studio.vive.notification.reminder.ReminderEvents.reminders;
import static studio.vive.notification.reminder.ReminderEvents.startIn;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.MovableClock;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Two instances of the service on one database, each issuing one reminder per transaction, race
 * for the same due reminders: every client gets exactly one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderTwoInstancesIT {

    private static final String DATABASE = "notification_reminder_two_instances";
    private static final int BOOKINGS = 12;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private static ApplicationContext startInstance() {
        Map<String, Object> properties = new HashMap<>(ServiceSpec.serviceProperties(DATABASE));
        properties.put("micronaut.server.port", -1);
        properties.put(MovableClock.OFFSET, "0s");
        properties.put("vive.notification.reminders.batch-size", 1);
        properties.put("vive.notification.reminders.poll-interval", "50ms");
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    @Test
    void twoInstancesSendEachDueReminderExactlyOnce() {
        try (ApplicationContext first = startInstance(); ApplicationContext second = startInstance()) {
            MovableClock clock = first.getBean(MovableClock.class);
            List<Bookings> bookings = IntStream.range(0, BOOKINGS).mapToObj(i -> new Bookings()).toList();
            bookings.forEach(b -> publisher.publish(confirmedAt(b, startIn(clock, Duration.ofDays(3)), clock)));
            ReminderRepository rows = first.getBean(ReminderRepository.class);
            await().atMost(ServiceSpec.MAIL_TIMEOUT).until(() -> bookings.stream().allMatch(b -> rows
                    .findById(b.bookingId).map(r -> r.status() == ReminderStatus.PENDING).orElse(false)));

            first.getBean(MovableClock.class).advance(Duration.ofDays(2).plusMinutes(1));
            second.getBean(MovableClock.class).advance(Duration.ofDays(2).plusMinutes(1));

            NotificationRepository notifications = first.getBean(NotificationRepository.class);
            await().atMost(ServiceSpec.MAIL_TIMEOUT).until(() -> bookings.stream().allMatch(b -> reminderOf(
                    notifications.findByBookingIdInRecordedOrder(b.bookingId))
                    .map(n -> n.status() == NotificationStatus.SENT).orElse(false)));
            for (Bookings booking : bookings) {
                assertEquals(1, reminders(SharedInfrastructure.get().mailbox().messagesFor(booking.clientEmail))
                        .size(), "one reminder per client");
            }
        }
    }
}
