package studio.vive.notification.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.GoldenSamples;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ReceivedMail;
import studio.vive.notification.support.BookingServiceStandIn;
import studio.vive.notification.support.ServiceSpec;

/**
 * The contract's golden samples, byte for byte as booking-service writes them (only ids and
 * addresses made fresh, since Kafka and the mailbox are shared), are read and emailed; so is a
 * sample carrying fields from a newer minor version.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenSamplesIT extends ServiceSpec {

    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";
    private static final String GOLDEN_REFERRED_BOOKING = "5d8e2a14-7f3c-4b9a-a1e6-9c4b2d7e8f10";

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_golden";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    /** A golden sample with a fresh booking id, event id and addresses. */
    private static String fresh(String sample, String goldenBookingId, UUID bookingId) {
        return GoldenSamples.json(sample)
                .replace(goldenBookingId, bookingId.toString())
                .replaceAll("\"eventId\": \"[0-9a-f-]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"")
                .replace("ada@example.com", "ada-" + bookingId + "@example.com")
                .replace("mia@vive.studio", "mia-" + bookingId + "@vive.studio")
                .replace("noah@vive.studio", "noah-" + bookingId + "@vive.studio");
    }

    private static String withFieldsFromTheFuture(String json) {
        String trimmed = json.strip();
        return trimmed.substring(0, trimmed.length() - 1)
                + ", \"addedInSomeFutureMinorVersion\": {\"nested\": [1, 2, 3]}, \"anotherNewFlag\": true}";
    }

    private List<Notification> awaitSent(UUID bookingId, int count) {
        return await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, bookingId),
                all -> allIn(all, NotificationStatus.SENT, count));
    }

    @Test
    void goldenBookingConfirmedEmailsTheClientAndTherapist() throws Exception {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CONFIRMED, GOLDEN_BOOKING, bookingId));

        List<Notification> sent = awaitSent(bookingId, 2);

        assertEquals(List.of(NotificationKind.CLIENT_CONFIRMATION, NotificationKind.THERAPIST_NOTICE),
                sent.stream().map(Notification::kind).toList());
        ReceivedMail client = onlyMailFor("ada-" + bookingId + "@example.com");
        assertTrue(client.text().contains("Ada Lovelace"));
        assertTrue(client.text().contains("Tuesday 1 December 2026"));
        assertFalse(client.text().contains("?token=k3Jd9sQ2"), "the old shape's own link is not used (issue 13)");
        assertTrue(client.text().contains(BookingServiceStandIn.get().manageUrlsIssuedFor(bookingId).get(0)));
        assertEquals("REQUEST", client.calendar().orElseThrow().getProperty(Property.METHOD)
                .map(Property::getValue).orElseThrow());
        assertTrue(onlyMailFor("mia-" + bookingId + "@vive.studio").text().contains("Mia Chen"));
    }

    @Test
    void goldenBookingConfirmedWithoutAManageUrlEmailsTheClientALinkFromBookingService() throws Exception {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(),
                fresh(GoldenSamples.BOOKING_CONFIRMED_WITHOUT_MANAGE_URL, GOLDEN_BOOKING, bookingId));

        assertEquals(2, awaitSent(bookingId, 2).size());
        ReceivedMail client = onlyMailFor("ada-" + bookingId + "@example.com");
        assertTrue(client.text().contains("Tuesday 1 December 2026"));
        assertTrue(client.text().contains(BookingServiceStandIn.get().manageUrlsIssuedFor(bookingId).get(0)));
    }

    @Test
    void goldenBookingReferredEmailsTheUrgentReferralWithBothReasons() throws Exception {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(),
                fresh(GoldenSamples.BOOKING_REFERRED, GOLDEN_REFERRED_BOOKING, bookingId));

        assertEquals(NotificationKind.URGENT_REFERRAL, awaitSent(bookingId, 1).get(0).kind());
        ReceivedMail mail = onlyMailFor("ada-" + bookingId + "@example.com");
        assertTrue(mail.text().contains("You told us about weakness, numbness or tingling down one or both legs."));
        assertTrue(mail.text().contains("You told us you have a history of cancer."));
    }

    @Test
    void goldenBookingCancelledCancelsTheInviteOfTheConfirmation() throws Exception {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CONFIRMED, GOLDEN_BOOKING, bookingId));
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CANCELLED, GOLDEN_BOOKING, bookingId));

        awaitSent(bookingId, 4);
        List<ReceivedMail> client = studio.vive.testsupport.SharedInfrastructure.get().mailbox()
                .awaitMessages("ada-" + bookingId + "@example.com", 2, MAIL_TIMEOUT).stream().map(ReceivedMail::new)
                .toList();
        VEvent invite = client.get(0).calendar().orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent cancel = client.get(1).calendar().orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(invite.getProperty(Property.UID).orElseThrow().getValue(),
                cancel.getProperty(Property.UID).orElseThrow().getValue());
    }

    @Test
    void goldenBookingCancelledByTheStudioSendsTheClientAnApology() throws Exception {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CONFIRMED, GOLDEN_BOOKING, bookingId));
        publisher.publishJson(bookingId.toString(),
                fresh(GoldenSamples.BOOKING_CANCELLED_BY_STUDIO, GOLDEN_BOOKING, bookingId));

        awaitSent(bookingId, 4);
        List<ReceivedMail> client = studio.vive.testsupport.SharedInfrastructure.get().mailbox()
                .awaitMessages("ada-" + bookingId + "@example.com", 2, MAIL_TIMEOUT).stream().map(ReceivedMail::new)
                .toList();
        assertTrue(client.get(1).subject().startsWith("We're sorry: "), client.get(1).subject());
    }

    @Test
    void goldenAppointmentChangedCancelsThePreviousTherapistsInviteAndInvitesTheNewOne() throws Exception {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CONFIRMED, GOLDEN_BOOKING, bookingId));
        publisher.publishJson(bookingId.toString(),
                fresh(GoldenSamples.APPOINTMENT_CHANGED, GOLDEN_BOOKING, bookingId));

        assertEquals(List.of(NotificationKind.CLIENT_CONFIRMATION, NotificationKind.THERAPIST_NOTICE,
                        NotificationKind.CLIENT_CHANGE, NotificationKind.THERAPIST_CANCELLATION,
                        NotificationKind.THERAPIST_NOTICE),
                awaitSent(bookingId, 5).stream().map(Notification::kind).toList());
        ReceivedMail notice = onlyMailFor("noah-" + bookingId + "@vive.studio");
        VEvent invite = notice.calendar().orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("1", invite.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertTrue(notice.text().contains("Noah Patel"), notice.text());
    }

    @Test
    void goldenClearanceIssuedEmailsThePersonalRebookLinkOnceWithNoHealthInTheSubject() throws Exception {
        UUID bookingId = UUID.randomUUID();
        String event = fresh(GoldenSamples.CLEARANCE_ISSUED, GOLDEN_REFERRED_BOOKING, bookingId);
        publisher.publishJson(bookingId.toString(), event);
        publisher.publishJson(bookingId.toString(), event);

        assertEquals(NotificationKind.CLEARANCE_REBOOK, awaitSent(bookingId, 1).get(0).kind());
        ReceivedMail mail = onlyMailFor("ada-" + bookingId + "@example.com");
        assertEquals("You can book again at Vive Studios", mail.subject());
        assertTrue(mail.text().contains("/?clearanceCode=Zq3xV8pLw2Rk7Nc5Ty1Hb9Dm4Fg6Js0A"));
        assertTrue(mail.text().contains("10 March 2027"));
        assertEquals(1, notificationsOf(notifications, bookingId).size());
    }

    @Test
    void aGoldenSampleWithFieldsFromANewerMinorVersionStillReads() {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(),
                withFieldsFromTheFuture(fresh(GoldenSamples.BOOKING_CONFIRMED, GOLDEN_BOOKING, bookingId)));

        awaitSent(bookingId, 2);
    }
}
