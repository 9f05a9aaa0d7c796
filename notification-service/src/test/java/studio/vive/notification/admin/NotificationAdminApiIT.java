package studio.vive.notification.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.AdminTokens;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;

/** {@code GET /api/admin/notifications?bookingId=}: the delivery log, for admins only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationAdminApiIT extends ServiceSpec {

    private static final Argument<List<Map<String, Object>>> VIEWS =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator tokenGenerator;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Override
    protected String databaseName() {
        return "notification_admin";
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    private MutableHttpRequest<?> list(UUID bookingId) {
        return HttpRequest.GET("/api/admin/notifications?bookingId=" + bookingId);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(list(UUID.randomUUID())));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void aTokenSignedWithAnotherSecretIs401() {
        String forged = new AdminTokens(tokenGenerator).withRoles("ADMIN");
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmVkLXdpdGgtYW5vdGhlci1zZWNyZXQ";
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(list(UUID.randomUUID()).bearerAuth(tampered)));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void aTherapistIsForbidden() {
        String token = new AdminTokens(tokenGenerator).withRoles("THERAPIST");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(list(UUID.randomUUID()).bearerAuth(token)));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void aMalformedBookingIdIsABadRequestProblem() {
        String token = new AdminTokens(tokenGenerator).withRoles("ADMIN");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(
                        HttpRequest.GET("/api/admin/notifications?bookingId=not-a-uuid").bearerAuth(token)));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<String, Object> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertEquals(400, ((Number) problem.get("status")).intValue());
        assertNotNull(problem.get("title"));
    }

    @Test
    void anUnknownBookingHasNoNotifications() {
        String token = new AdminTokens(tokenGenerator).withRoles("ADMIN");
        assertEquals(List.of(), http.toBlocking().retrieve(list(UUID.randomUUID()).bearerAuth(token), VIEWS));
    }

    @Test
    void anAdminSeesEachNotificationWithKindRecipientStatusAttemptsAndTimestamps() {
        Bookings booking = new Bookings();
        publisher.publish(booking.confirmed());
        String token = new AdminTokens(tokenGenerator).withRoles("ADMIN");

        List<Map<String, Object>> views = await().atMost(MAIL_TIMEOUT).until(
                () -> http.toBlocking().retrieve(list(booking.bookingId).bearerAuth(token), VIEWS),
                v -> v.size() == 2 && v.stream().allMatch(n -> "SENT".equals(n.get("status"))));

        Map<String, Object> client = views.get(0);
        assertEquals("CLIENT_CONFIRMATION", client.get("kind"));
        assertEquals(booking.clientEmail, client.get("recipient"));
        assertEquals(booking.bookingId.toString(), client.get("bookingId"));
        assertEquals(1, ((Number) client.get("attempts")).intValue());
        assertNotNull(client.get("createdAt"));
        assertNotNull(client.get("lastAttemptAt"));
        assertNotNull(client.get("sentAt"));
        assertNull(client.get("failedAt"));
        assertTrue(((String) client.get("messageId")).endsWith("@vive.studio>"));
        assertEquals("THERAPIST_NOTICE", views.get(1).get("kind"));
        assertEquals(booking.therapistEmail, views.get(1).get("recipient"));
        assertTrue(views.stream().noneMatch(v -> v.containsKey("htmlBody") || v.containsKey("textBody")),
                "bodies are not part of the log");
    }
}
