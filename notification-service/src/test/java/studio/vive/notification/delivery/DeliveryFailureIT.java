package studio.vive.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.Contact;
import studio.vive.notification.support.AdminTokens;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Mail that cannot be delivered is marked FAILED, with the reason, and shown to staff; it is never
 * dropped silently. (Test policy: at most 4 attempts, 300 ms doubling to 1 s.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryFailureIT extends ServiceSpec {

    private static final Argument<List<Map<String, Object>>> VIEWS =
            Argument.listOf(Argument.mapOf(String.class, Object.class));
    private static final int MAX_ATTEMPTS = 4;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator tokenGenerator;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_delivery_failure";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private List<Map<String, Object>> adminView(Bookings booking) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/admin/notifications?bookingId=" + booking.bookingId)
                .bearerAuth(new AdminTokens(tokenGenerator).withRoles("ADMIN")), VIEWS);
    }

    private static Map<String, Object> ofKind(List<Map<String, Object>> views, String kind) {
        return views.stream().filter(v -> kind.equals(v.get("kind"))).findFirst().orElseThrow();
    }

    @Test
    void anOutageLongerThanTheRetryPolicyEndsInFailedVisibleToStaff() {
        Bookings booking = new Bookings();
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        infrastructure.stopSmtp();
        List<Map<String, Object>> views;
        try {
            publisher.publish(booking.confirmed());
            views = await("both emails given up").atMost(MAIL_TIMEOUT).until(() -> adminView(booking),
                    v -> v.size() == 2 && v.stream().allMatch(n -> "FAILED".equals(n.get("status"))));
        } finally {
            infrastructure.startSmtp();
        }

        for (Map<String, Object> view : views) {
            assertEquals(MAX_ATTEMPTS, ((Number) view.get("attempts")).intValue());
            assertNotNull(view.get("failedAt"));
            assertNull(view.get("sentAt"));
            assertNull(view.get("nextAttemptAt"), "a FAILED notification is not retried");
            assertTrue(((String) view.get("lastError")).contains("Exception"), "last error: " + view.get("lastError"));
        }
        assertEquals(0, mailFor(booking.clientEmail).size());
    }

    @Test
    void anInvalidRecipientAddressFailsAtOnceWhileTheOtherEmailIsSent() {
        Bookings booking = new Bookings();
        BookingConfirmed valid = booking.confirmed();
        BookingConfirmed withBadAddress = new BookingConfirmed(valid.eventId(), valid.schemaVersion(),
                valid.occurredAt(), valid.bookingId(), new Contact("Ada Lovelace", "ada at example dot com"),
                valid.appointment(), valid.manageUrl());
        publisher.publish(withBadAddress);

        List<Map<String, Object>> views = await().atMost(MAIL_TIMEOUT).until(() -> adminView(booking),
                v -> v.size() == 2 && v.stream().noneMatch(n -> "PENDING".equals(n.get("status"))));

        Map<String, Object> client = ofKind(views, "CLIENT_CONFIRMATION");
        assertEquals("FAILED", client.get("status"));
        assertEquals(1, ((Number) client.get("attempts")).intValue(), "a permanent failure is not retried");
        assertTrue(((String) client.get("lastError")).startsWith("invalid recipient address"));
        assertEquals("SENT", ofKind(views, "THERAPIST_NOTICE").get("status"));
        assertEquals(1, mailFor(booking.therapistEmail).size());
    }
}
