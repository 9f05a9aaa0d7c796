package studio.vive.notification.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
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
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * A confirmed booking referred after its pre-visit re-check (the golden {@code BookingReferred}
 * carrying the appointment): the client gets the usual urgent referral and the therapist a
 * calendar cancellation, each exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralAfterConfirmationIT extends ServiceSpec {

    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_recheck";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void theClientGetsTheUrgentReferralAndTheTherapistACalendarCancellation() throws Exception {
        UUID bookingId = confirmedThenReferred();

        List<Notification> sent = awaitSent(bookingId, 4);

        assertEquals(List.of(NotificationKind.CLIENT_CONFIRMATION, NotificationKind.THERAPIST_NOTICE,
                NotificationKind.URGENT_REFERRAL, NotificationKind.THERAPIST_CANCELLATION),
                sent.stream().map(Notification::kind).toList());
        List<ReceivedMail> client = mails(client(bookingId), 2);
        assertTrue(client.get(1).text().contains("PLEASE SEE A DOCTOR IMMEDIATELY"));
        assertTrue(client.get(1).text().contains("You told us your pain spreads down one or both legs."));
        List<ReceivedMail> therapist = mails(therapist(bookingId), 2);
        VEvent invite = therapist.get(0).calendar().orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent cancel = therapist.get(1).calendar().orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("CANCEL", therapist.get(1).calendar().orElseThrow().getProperty(Property.METHOD)
                .map(Property::getValue).orElseThrow());
        assertEquals(invite.getProperty(Property.UID).orElseThrow().getValue(),
                cancel.getProperty(Property.UID).orElseThrow().getValue());
    }

    @Test
    void theTherapistsCancellationNamesNoHealthInformation() throws Exception {
        UUID bookingId = confirmedThenReferred();
        awaitSent(bookingId, 4);

        ReceivedMail cancellation = mails(therapist(bookingId), 2).get(1);

        assertFalse(cancellation.text().contains("You told us"));
        assertFalse(cancellation.text().toLowerCase().contains("doctor"));
    }

    @Test
    void aRepublishedReferralSendsNothingAgain() {
        UUID bookingId = confirmedThenReferred();
        awaitSent(bookingId, 4);

        publisher.publishJson(bookingId.toString(), referred(bookingId));
        // A marker event after the republished one: once it is processed, so was the republished one.
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CANCELLED, bookingId));
        await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, bookingId).stream()
                .anyMatch(n -> n.kind() == NotificationKind.CLIENT_CANCELLATION));

        List<NotificationKind> kinds = notificationsOf(notifications, bookingId).stream().map(Notification::kind).toList();
        assertEquals(1, kinds.stream().filter(NotificationKind.URGENT_REFERRAL::equals).count());
        assertEquals(1, kinds.stream().filter(NotificationKind.THERAPIST_CANCELLATION::equals).count());
    }

    private UUID confirmedThenReferred() {
        UUID bookingId = UUID.randomUUID();
        publisher.publishJson(bookingId.toString(), fresh(GoldenSamples.BOOKING_CONFIRMED, bookingId));
        publisher.publishJson(bookingId.toString(), referred(bookingId));
        return bookingId;
    }

    private static String referred(UUID bookingId) {
        return fresh(GoldenSamples.BOOKING_REFERRED_AFTER_CONFIRMATION, bookingId);
    }

    /** A golden sample with a fresh booking id, event id and addresses. */
    private static String fresh(String sample, UUID bookingId) {
        return GoldenSamples.json(sample)
                .replace(GOLDEN_BOOKING, bookingId.toString())
                .replaceAll("\"eventId\": \"[0-9a-f-]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"")
                .replace("ada@example.com", client(bookingId))
                .replace("mia@vive.studio", therapist(bookingId));
    }

    private static String client(UUID bookingId) {
        return "ada-" + bookingId + "@example.com";
    }

    private static String therapist(UUID bookingId) {
        return "mia-" + bookingId + "@vive.studio";
    }

    private List<Notification> awaitSent(UUID bookingId, int count) {
        return await().atMost(MAIL_TIMEOUT).until(() -> notificationsOf(notifications, bookingId),
                all -> allIn(all, NotificationStatus.SENT, count));
    }

    private static List<ReceivedMail> mails(String address, int count) {
        return SharedInfrastructure.get().mailbox().awaitMessages(address, count, Duration.ofSeconds(30)).stream()
                .map(ReceivedMail::new).toList();
    }
}
