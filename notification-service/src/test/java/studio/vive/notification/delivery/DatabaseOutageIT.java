package studio.vive.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * The sender survives losing its database: pending mail waits while PostgreSQL is down and goes
 * out once, after it is back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT extends ServiceSpec {

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_database_outage";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.notification.delivery.max-attempts", "20");
        properties.put("vive.notification.delivery.max-backoff", "500ms");
        return properties;
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void pendingMailIsSentOnceWhenTheDatabaseComesBack() {
        Bookings booking = new Bookings();
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        infrastructure.stopSmtp();
        try {
            publisher.publish(booking.confirmed());
            // Recorded and attempted: the intents are in the database, SMTP refuses them.
            await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, booking.bookingId),
                    all -> all.size() == 2 && all.stream().allMatch(n -> n.attempts() >= 1));
            infrastructure.stopPostgres();
        } finally {
            infrastructure.startSmtp();
        }
        // SMTP is back while the database is down: nothing can be claimed, so nothing is sent yet.
        infrastructure.startPostgres();

        // The test's own pool may hand out a connection the restart closed: that query fails once
        // and the pool replaces it; only the outcome below is the specification.
        List<Notification> sent = await().atMost(MAIL_TIMEOUT).ignoreExceptions()
                .until(() -> notificationsOf(notifications, booking.bookingId),
                        all -> allIn(all, NotificationStatus.SENT, 2));
        assertEquals(2, sent.size());
        assertEquals(1, mailFor(booking.clientEmail).size());
        assertEquals(1, mailFor(booking.therapistEmail).size());
    }
}
