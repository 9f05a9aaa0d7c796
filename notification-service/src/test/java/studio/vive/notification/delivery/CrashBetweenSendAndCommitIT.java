package studio.vive.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;

/**
 * The SMTP server accepted the email, then the SENT update fails to commit while the service
 * lives on (the database went away, the disk is full): the transaction rolls back and the
 * notification is PENDING again, but the service remembers the acceptance and records SENT once
 * it can, without sending the email again. (A service that dies in that moment forgets it and
 * resends with the same Message-ID: see {@code ExactlyOnceIT}.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashBetweenSendAndCommitIT extends ServiceSpec {

    static final String SPEC = "CrashBetweenSendAndCommitIT";

    @Inject
    NotificationRepository notifications;

    @Inject
    CommitLosingDeliveryQueue queue;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_crash_window";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("spec.name", SPEC);
        return properties;
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void aSentUpdateThatFailedToCommitIsRecordedLaterWithoutSendingTheEmailAgain() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        Notification confirmation = await().atMost(MAIL_TIMEOUT).ignoreExceptions()
                .until(() -> notificationsOf(notifications, booking.bookingId).get(0),
                        n -> n.status() == NotificationStatus.SENT);

        assertEquals(NotificationKind.CLIENT_CONFIRMATION, confirmation.kind());
        assertTrue(queue.failedOnce(), "the SENT update of the first accepted email failed");
        // SENT is final: nothing is sent after this point, so the count is the final one.
        List<MimeMessage> received = mailFor(booking.clientEmail);
        assertEquals(1, received.size(), "sent once");
        assertEquals(confirmation.messageId(), received.get(0).getMessageID());
        // The failed attempt was rolled back with everything else in its transaction.
        assertEquals(1, confirmation.attempts());
    }

    /** Fails the first SENT update after the SMTP server accepted the message. */
    @Singleton
    @Replaces(DeliveryQueue.class)
    @Requires(property = "spec.name", value = SPEC)
    static class CommitLosingDeliveryQueue extends DeliveryQueue {

        private final AtomicBoolean crashed = new AtomicBoolean();

        CommitLosingDeliveryQueue(NotificationRepository notifications, RetryPolicy policy, Clock clock) {
            super(notifications, policy, clock);
        }

        @Override
        public void recordSent(UUID notificationId) {
            if (crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("simulated failure between SMTP acceptance and commit");
            }
            super.recordSent(notificationId);
        }

        boolean failedOnce() {
            return crashed.get();
        }
    }
}
