package studio.vive.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;

/**
 * Recording notifications wakes the senders: with the poll an hour away, the email still goes out
 * within the mail timeout.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WakeOnRecordIT extends ServiceSpec {

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_wake_on_record";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.notification.delivery.poll-interval", "1h");
        return properties;
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void aRecordedNotificationIsSentWithoutWaitingForThePoll() throws Exception {
        Bookings booking = new Bookings();

        publisher.publish(booking.confirmed());

        assertEquals(List.of(booking.clientEmail), onlyMailFor(booking.clientEmail).to());
        assertEquals(List.of(booking.therapistEmail), onlyMailFor(booking.therapistEmail).to());
    }
}
