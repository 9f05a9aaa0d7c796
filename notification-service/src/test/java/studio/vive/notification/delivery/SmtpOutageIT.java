package studio.vive.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * An SMTP outage delays mail but loses none and duplicates none.
 *
 * <p>The retry policy is compressed here (300 ms doubling to 1 s, 20 attempts: about 17 s of
 * outage tolerated) so the outage can span several failed attempts within seconds; the
 * production policy (2 s doubling to 2 min, 10 attempts) tolerates about 8 minutes, see
 * {@code RetryPolicyTest}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpOutageIT extends ServiceSpec {

    private static final int FAILED_ATTEMPTS_DURING_OUTAGE = 3;

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_smtp_outage";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.notification.delivery.max-attempts", "20");
        properties.put("vive.notification.delivery.initial-backoff", "300ms");
        properties.put("vive.notification.delivery.max-backoff", "1s");
        return properties;
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private List<Notification> notificationsOf(List<Bookings> bookings) {
        return bookings.stream().flatMap(b -> notificationsOf(notifications, b.bookingId).stream()).toList();
    }

    @Test
    void mailQueuedDuringAnSmtpOutageIsDeliveredOnceWhenItEnds() {
        List<Bookings> bookings = List.of(new Bookings(), new Bookings(), new Bookings());
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        infrastructure.stopSmtp();
        try {
            bookings.forEach(b -> publisher.publish(b.confirmed()));

            await("every email failed " + FAILED_ATTEMPTS_DURING_OUTAGE + " times and is still pending")
                    .atMost(MAIL_TIMEOUT)
                    .until(() -> notificationsOf(bookings), all -> all.size() == 6 && all.stream().allMatch(n ->
                            n.status() == NotificationStatus.PENDING && n.attempts() >= FAILED_ATTEMPTS_DURING_OUTAGE
                                    && n.lastError() != null && n.sentAt() == null));
        } finally {
            infrastructure.startSmtp();
        }

        await("every email sent after the outage").atMost(MAIL_TIMEOUT)
                .until(() -> notificationsOf(bookings), all -> allIn(all, NotificationStatus.SENT, 6));
        // SENT is final: nothing is sent after this point, so the counts below are the final ones.
        bookings.stream().flatMap(b -> Stream.of(b.clientEmail, b.therapistEmail))
                .forEach(recipient -> assertEquals(1, mailFor(recipient).size(), "one email per recipient"));
    }
}
