package studio.vive.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * A sender's SMTP conversation carries several emails (test limit: two per connection) and
 * recovers from a broken one, against the real SMTP server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpConnectionIT extends ServiceSpec {

    private static final int MESSAGES_PER_CONNECTION = 2;

    @Inject
    SmtpMailer mailer;

    @Inject
    MeterRegistry meters;

    @Inject
    MessageIds messageIds;

    @Override
    protected String databaseName() {
        return "notification_smtp_connection";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.notification.delivery.senders.messages-per-connection",
                String.valueOf(MESSAGES_PER_CONNECTION));
        return properties;
    }

    private Notification notificationTo(String recipient) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        return new Notification(id, UUID.randomUUID(), UUID.randomUUID(), NotificationKind.THERAPIST_NOTICE,
                recipient, "Mia Chen", NotificationStatus.PENDING, messageIds.of(id), "New booking",
                "A new booking.", "<p>A new booking.</p>", null, null, 0, 0, now, now, null, null, null, null, null, null);
    }

    private double connectionsOpened() {
        return meters.counter(SmtpMailer.CONNECTIONS_OPENED).count();
    }

    @Test
    void consecutiveEmailsTravelOverOneConnection() throws DeliveryFailure {
        String recipient = "reuse-" + UUID.randomUUID() + "@vive.studio";
        double before = connectionsOpened();

        try (SmtpConnection connection = mailer.connect()) {
            mailer.send(notificationTo(recipient), connection);
            mailer.send(notificationTo(recipient), connection);
        }

        assertEquals(before + 1, connectionsOpened());
        assertEquals(2, SharedInfrastructure.get().mailbox().awaitMessages(recipient, 2, MAIL_TIMEOUT).size());
    }

    @Test
    void theConnectionIsRenewedAfterItsMessageLimit() throws DeliveryFailure {
        String recipient = "renew-" + UUID.randomUUID() + "@vive.studio";
        double before = connectionsOpened();

        try (SmtpConnection connection = mailer.connect()) {
            for (int i = 0; i < MESSAGES_PER_CONNECTION + 1; i++) {
                mailer.send(notificationTo(recipient), connection);
            }
        }

        assertEquals(before + 2, connectionsOpened());
        assertEquals(3, SharedInfrastructure.get().mailbox().awaitMessages(recipient, 3, MAIL_TIMEOUT).size());
    }

    @Test
    void aBrokenConversationIsDroppedAndTheNextSendReconnects() throws DeliveryFailure {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        String recipient = "reconnect-" + UUID.randomUUID() + "@vive.studio";
        try (SmtpConnection connection = mailer.connect()) {
            mailer.send(notificationTo(recipient), connection);
            infrastructure.stopSmtp();
            DeliveryFailure failure;
            try {
                failure = assertThrows(DeliveryFailure.class, () -> mailer.send(notificationTo(recipient), connection));
            } finally {
                infrastructure.startSmtp();
            }
            assertFalse(failure.isPermanent(), "a lost connection is worth a retry");
            double before = connectionsOpened();

            mailer.send(notificationTo(recipient), connection);

            assertEquals(before + 1, connectionsOpened());
        }
        assertEquals(2, infrastructure.mailbox().awaitMessages(recipient, 2, MAIL_TIMEOUT).size());
    }

    @Test
    void smtpSocketsAreOpenedWithNagleOff() {
        try (SmtpConnection connection = mailer.connect()) {
            assertEquals(NoDelaySocketFactory.class.getName(),
                    connection.session().getProperty(NoDelaySmtpSockets.SOCKET_FACTORY_CLASS));
        }
    }
}
