package studio.vive.notification.links;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.BookingServiceStandIn;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ReceivedMail;
import studio.vive.notification.support.ServiceSpec;

/**
 * A client's links are fetched from booking-service when the email is sent (issue 13): never
 * taken from the event, never stored, and an unavailable booking-service holds up only the emails
 * that need a link.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLinksAtSendIT extends ServiceSpec {

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();
    private final BookingServiceStandIn bookingService = BookingServiceStandIn.get();

    @Override
    protected String databaseName() {
        return "notification_client_links";
    }

    @AfterEach
    void bookingServiceBack() {
        bookingService.available(true);
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private Notification stored(Bookings booking, NotificationKind kind) {
        return notificationsOf(notifications, booking.bookingId).stream().filter(n -> n.kind() == kind)
                .findFirst().orElseThrow();
    }

    @Test
    void theConfirmationCarriesTheLinkBookingServiceIssuedForIt() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertEquals(1, bookingService.manageUrlsIssuedFor(booking.bookingId).size(), "one link for one email");
        String link = booking.issuedManageUrl();
        assertTrue(mail.text().contains(link), mail.text());
        assertTrue(mail.html().contains("href=\"" + link + "\""));
        assertFalse(mail.text().contains(ClientLinkSlots.MANAGE), "no slot left unfilled");
    }

    @Test
    void theStoredEmailHoldsNoLinkOnlyItsSlot() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        onlyMailFor(booking.clientEmail);

        Notification stored = stored(booking, NotificationKind.CLIENT_CONFIRMATION);

        assertEquals(NotificationStatus.SENT, stored.status());
        for (String body : List.of(stored.textBody(), stored.htmlBody())) {
            assertTrue(body.contains(ClientLinkSlots.MANAGE), "the slot, filled only in the sent copy");
            assertFalse(body.contains("token="), "no access token at rest");
        }
    }

    @Test
    void anOldShapeConfirmationsOwnLinkIsNeitherSentNorStored() throws Exception {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmedOldShape());

        ReceivedMail mail = onlyMailFor(booking.clientEmail);

        assertTrue(mail.text().contains(booking.issuedManageUrl()), "a fresh link instead");
        assertFalse(mail.text().contains(booking.legacyManageUrl));
        assertFalse(stored(booking, NotificationKind.CLIENT_CONFIRMATION).textBody().contains(booking.legacyManageUrl));
    }

    @Test
    void theTherapistsNoticeNeedsNoLinkAndIsNotHeldUpByBookingService() throws Exception {
        bookingService.available(false);
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());

        ReceivedMail notice = onlyMailFor(booking.therapistEmail);

        assertTrue(notice.subject().startsWith("New booking: "));
        Notification confirmation = stored(booking, NotificationKind.CLIENT_CONFIRMATION);
        assertEquals(NotificationStatus.PENDING, confirmation.status(), "waits for its link");
        assertTrue(mailFor(booking.clientEmail).isEmpty());
    }

    @Test
    void aConfirmationWaitingForBookingServiceIsSentOnceItAnswersAgain() throws Exception {
        bookingService.available(false);
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        await().atMost(Duration.ofSeconds(20)).until(() -> bookingService.refusalsFor(booking.bookingId) >= 2
                && stored(booking, NotificationKind.CLIENT_CONFIRMATION).lastError() != null);
        Notification waiting = stored(booking, NotificationKind.CLIENT_CONFIRMATION);
        assertEquals(NotificationStatus.PENDING, waiting.status());
        assertTrue(waiting.lastError().contains("booking-service answered 503"), waiting.lastError());

        bookingService.available(true);

        ReceivedMail mail = onlyMailFor(booking.clientEmail);
        assertTrue(mail.text().contains(booking.issuedManageUrl()));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                stored(booking, NotificationKind.CLIENT_CONFIRMATION).status() == NotificationStatus.SENT);
        assertEquals(1, mailFor(booking.clientEmail).size(), "sent once");
    }
}
