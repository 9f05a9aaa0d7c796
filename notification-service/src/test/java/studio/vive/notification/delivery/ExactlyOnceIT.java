package studio.vive.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.notification.support.Sql;
import studio.vive.testsupport.SharedInfrastructure;

/** Each (booking, kind, recipient) is emailed once, whatever Kafka or a crash does. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceIT extends ServiceSpec {

    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceIT.class);

    /** Generous bound for the duplicate-send window on a loaded 2-core CI machine. */
    private static final Duration WINDOW_BOUND = Duration.ofSeconds(2);

    @Inject
    NotificationRepository notifications;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_exactly_once";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    /**
     * Publishes the booking's cancellation and waits for it: events of one booking share a
     * partition, so once the cancellation is emailed every earlier record was processed.
     */
    private void publishCancellationAndAwaitIt(Bookings booking) {
        publisher.publish(booking.cancelled());
        await().atMost(MAIL_TIMEOUT).until(() -> allIn(notificationsOf(notifications, booking.bookingId),
                NotificationStatus.SENT, 4));
    }

    private static List<String> messageIds(List<MimeMessage> messages) throws MessagingException {
        List<String> ids = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    @Test
    void aRedeliveredEventSendsEachEmailOnce() throws Exception {
        Bookings booking = new Bookings();
        BookingConfirmed confirmed = booking.confirmed();
        publisher.publish(confirmed);
        publisher.publish(confirmed);

        publishCancellationAndAwaitIt(booking);

        assertEquals(2, mailFor(booking.clientEmail).size(), "one confirmation and one cancellation");
        assertEquals(2, mailFor(booking.therapistEmail).size(), "one notice and one cancellation");
    }

    @Test
    void aRepublishedEventWithANewEventIdSendsNothingNew() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        publisher.publish(booking.confirmed());

        publishCancellationAndAwaitIt(booking);

        assertEquals(2, mailFor(booking.clientEmail).size(), "one confirmation and one cancellation");
        assertEquals(2, mailFor(booking.therapistEmail).size(), "one notice and one cancellation");
    }

    @Test
    void aConfirmationPublishedAfterTheCancellationIsNotSent() throws Exception {
        Bookings booking = new Bookings();
        BookingConfirmed late = booking.confirmed();
        publisher.publish(booking.cancelled());
        publisher.publish(late);

        await().atMost(MAIL_TIMEOUT).until(() -> processed(late.eventId()));

        // Only the client's cancellation: the therapist was never told of the booking.
        await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, booking.bookingId),
                all -> allIn(all, NotificationStatus.SENT, 1));
        assertEquals(List.of(NotificationKind.CLIENT_CANCELLATION),
                notificationsOf(notifications, booking.bookingId).stream().map(Notification::kind).toList());
    }

    private boolean processed(UUID eventId) throws SQLException {
        return new Sql(dataSource).exists("SELECT 1 FROM processed_event WHERE event_id = ?", eventId);
    }

    /**
     * The service dies after the SMTP server accepted the confirmation but before the SENT update
     * committed: the transaction is rolled back with the dead connection, the row is PENDING again
     * and due, and it is sent again. The resend carries the same Message-ID, so mail systems can drop it as a duplicate.
     *
     * <p>How wide the window is: it opens when the server answers 250 to DATA and closes when the
     * SENT update commits, with nothing but that one UPDATE by primary key in between. The
     * dispatcher measures it ({@value NotificationDispatcher#UNCONFIRMED_WINDOW}); this test
     * asserts it stayed under {@link #WINDOW_BOUND} here and logs the measured maximum (a few
     * milliseconds on this machine).
     */
    @Test
    void aResendAfterACrashBetweenSendAndCommitCarriesTheSameMessageId() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        MimeMessage first = SharedInfrastructure.get().mailbox().awaitMessages(booking.clientEmail, 1, MAIL_TIMEOUT).get(0);
        Notification sent = await().atMost(MAIL_TIMEOUT).until(() -> clientConfirmation(booking.bookingId),
                n -> n.status() == NotificationStatus.SENT);

        loseTheSentUpdate(sent.id());

        List<MimeMessage> received = SharedInfrastructure.get().mailbox()
                .awaitMessages(booking.clientEmail, 2, MAIL_TIMEOUT);
        assertEquals(List.of(sent.messageId(), sent.messageId()), messageIds(received));
        assertEquals(first.getMessageID(), received.get(1).getMessageID());
        assertEquals(first.getSentDate(), received.get(1).getSentDate(), "the resend is the same message");
        Notification resent = await().atMost(MAIL_TIMEOUT).until(() -> clientConfirmation(booking.bookingId),
                n -> n.status() == NotificationStatus.SENT);
        assertEquals(2, resent.attempts());

        Timer window = meters.find(NotificationDispatcher.UNCONFIRMED_WINDOW).timer();
        double widestMillis = window.max(TimeUnit.MILLISECONDS);
        LOG.info("Duplicate-send window (SMTP accepted -> SENT committed): widest {} ms over {} sends",
                widestMillis, window.count());
        assertTrue(window.count() >= 2);
        assertTrue(widestMillis < WINDOW_BOUND.toMillis(), "window was " + widestMillis + " ms");
    }

    private Notification clientConfirmation(UUID bookingId) {
        return notificationsOf(notifications, bookingId).stream()
                .filter(n -> n.kind() == NotificationKind.CLIENT_CONFIRMATION).findFirst().orElseThrow();
    }

    /** Puts the row back as the rolled-back transaction left it: PENDING, never marked sent, due. */
    private void loseTheSentUpdate(UUID notificationId) throws SQLException {
        assertEquals(1, new Sql(dataSource).update("UPDATE notification"
                + " SET status = 'PENDING', sent_at = NULL, next_attempt_at = now() WHERE id = ?", notificationId));
    }
}
