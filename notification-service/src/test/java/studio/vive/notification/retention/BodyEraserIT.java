package studio.vive.notification.retention;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
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
import studio.vive.notification.support.ServiceSpec;
import studio.vive.notification.support.Sql;

/** Delivered emails lose their bodies after the retention period; the delivery log stays. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyEraserIT extends ServiceSpec {

    @Inject
    NotificationRepository notifications;

    @Inject
    BodyEraser eraser;

    @Inject
    DataSource dataSource;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_retention";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private List<Notification> deliver(Bookings booking, int count) {
        return await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, booking.bookingId),
                all -> allIn(all, NotificationStatus.SENT, count));
    }

    private void recordedDaysAgo(UUID bookingId, int days) throws SQLException {
        new Sql(dataSource).update(
                "UPDATE notification SET created_at = now() - make_interval(days => ?) WHERE booking_id = ?",
                days, bookingId);
    }

    @Test
    void bodiesOfEmailsDeliveredLongerAgoThanTheRetentionPeriodAreErasedAndTheLogKept() throws Exception {
        Bookings old = new Bookings();
        publisher.publish(old.referred(Tier.REFERRAL, List.of(new Reason("RF-CANCER", "You told us you have a history of cancer."))));
        Bookings oldConfirmed = new Bookings();
        publisher.publish(oldConfirmed.confirmed());
        deliver(old, 1);
        deliver(oldConfirmed, 2);
        recordedDaysAgo(old.bookingId, 31);
        recordedDaysAgo(oldConfirmed.bookingId, 31);

        eraser.eraseExpired();

        for (Notification erased : List.of(notificationsOf(notifications, old.bookingId).get(0),
                notificationsOf(notifications, oldConfirmed.bookingId).get(0),
                notificationsOf(notifications, oldConfirmed.bookingId).get(1))) {
            assertEquals("", erased.textBody());
            assertEquals("", erased.htmlBody());
            assertNull(erased.calendar());
            assertNotNull(erased.bodiesErasedAt());
            assertEquals(NotificationStatus.SENT, erased.status());
            assertNotNull(erased.sentAt());
        }
    }

    @Test
    void bodiesWithinTheRetentionPeriodAreKept() throws Exception {
        Bookings recent = new Bookings();
        publisher.publish(recent.confirmed());
        deliver(recent, 2);
        recordedDaysAgo(recent.bookingId, 29);

        eraser.eraseExpired();

        Notification kept = notificationsOf(notifications, recent.bookingId).get(0);
        assertTrue(kept.textBody().contains(Bookings.SERVICE_NAME));
        assertNotNull(kept.calendar());
        assertNull(kept.bodiesErasedAt());
    }
}
