package studio.vive.notification.support;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * What every integration test of the service shares: its own database, the JVM's Kafka and SMTP,
 * and ways to look at what the service did.
 */
public abstract class ServiceSpec implements TestPropertyProvider {

    public static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

    /** A database name unique to the test class. */
    protected abstract String databaseName();

    @Override
    public Map<String, String> getProperties() {
        return serviceProperties(databaseName());
    }

    /** A service instance on the JVM's infrastructure and {@code database}, its links from {@link BookingServiceStandIn}. */
    public static Map<String, String> serviceProperties(String database) {
        Map<String, String> properties = new java.util.HashMap<>(SharedInfrastructure.get().serviceProperties(database));
        properties.put("micronaut.http.services.booking.urls", BookingServiceStandIn.get().baseUrl());
        return properties;
    }

    protected static List<MimeMessage> mailFor(String address) {
        return SharedInfrastructure.get().mailbox().messagesFor(address);
    }

    protected static ReceivedMail onlyMailFor(String address) {
        List<MimeMessage> messages = SharedInfrastructure.get().mailbox().awaitMessages(address, 1, MAIL_TIMEOUT);
        if (messages.size() != 1) {
            throw new AssertionError("expected one email for the recipient, got " + messages.size());
        }
        return new ReceivedMail(messages.get(0));
    }

    protected static List<Notification> notificationsOf(NotificationRepository repository, UUID bookingId) {
        return repository.findByBookingIdInRecordedOrder(bookingId);
    }

    protected static boolean allIn(List<Notification> notifications, NotificationStatus status, int expected) {
        return notifications.size() == expected && notifications.stream().allMatch(n -> n.status() == status);
    }
}
