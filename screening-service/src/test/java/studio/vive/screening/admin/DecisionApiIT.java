package studio.vive.screening.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingRequested;
import studio.vive.screening.decision.ScreeningDecisions;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.rules.RuleSet;
import studio.vive.screening.support.AdminTokens;
import studio.vive.screening.support.Requests;
import studio.vive.testsupport.SharedInfrastructure;

/** {@code GET /api/decisions/{bookingId}}: admins only, with the shared JWT secret. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ScreeningDecisions decisions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties("screening_api"));
        properties.put("vive.screening.intake.enabled", "false");
        return properties;
    }

    @Test
    void anAdminSeesTheDecisionWithEveryMatchedRuleItsMessageQuoteAndTheRuleSetVersion() {
        UUID booking = decided(Answers.allClear().legWeaknessNumbnessTingling().historyOfCancer());

        JsonNode decision = http.toBlocking().retrieve(get(booking).bearerAuth(AdminTokens.admin()), JsonNode.class);

        assertEquals(booking.toString(), decision.get("bookingId").getStringValue());
        assertEquals("URGENT_REFERRAL", decision.get("tier").getStringValue());
        assertEquals(RuleSet.VERSION, decision.get("ruleSetVersion").getStringValue());
        assertNotNull(decision.get("decidedAt"));
        JsonNode rules = decision.get("matchedRules");
        assertEquals(2, rules.size());
        assertEquals("RF-LEG-NEURO", rules.get(0).get("ruleId").getStringValue());
        assertEquals("You told us about weakness, numbness or tingling down one or both legs.",
                rules.get(0).get("clientMessage").getStringValue());
        assertEquals("If you experience weakness, numbness or tingling down one or both legs",
                rules.get(0).get("articleQuote").getStringValue());
        assertEquals("RF-CANCER", rules.get(1).get("ruleId").getStringValue());
    }

    @Test
    void theAnswersThemselvesAreNeverReturned() {
        UUID booking = decided(Answers.allClear().historyOfCancer());

        String body = http.toBlocking().retrieve(get(booking).bearerAuth(AdminTokens.admin()));

        assertTrue(!body.contains("historyOfCancer") && !body.contains("clientDateOfBirth") && !body.contains("screening\""),
                body);
    }

    @Test
    void aClearedBookingHasNoMatchedRules() {
        UUID booking = decided(Answers.allClear());

        JsonNode decision = http.toBlocking().retrieve(get(booking).bearerAuth(AdminTokens.admin()), JsonNode.class);

        assertEquals("CLEARED", decision.get("tier").getStringValue());
        assertEquals(0, decision.get("matchedRules").size());
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        HttpClientResponseException refused = refused(get(UUID.randomUUID()));

        assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
        assertProblem(refused, 401);
    }

    @Test
    void aTokenSignedWithAnotherSecretIs401() {
        String forged = AdminTokens.signed("some-other-secret-of-at-least-32-bytes!!", "admin", "ADMIN");

        assertEquals(HttpStatus.UNAUTHORIZED, refused(get(UUID.randomUUID()).bearerAuth(forged)).getStatus());
    }

    @Test
    void aTherapistIsForbidden403Problem() {
        String therapist = AdminTokens.signed(AdminTokens.TEST_SECRET, "mia", "THERAPIST");

        HttpClientResponseException refused = refused(get(decided(Answers.allClear())).bearerAuth(therapist));

        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
        assertProblem(refused, 403);
    }

    @Test
    void aBookingWithoutADecisionIs404Problem() {
        HttpClientResponseException refused = refused(get(UUID.randomUUID()).bearerAuth(AdminTokens.admin()));

        assertEquals(HttpStatus.NOT_FOUND, refused.getStatus());
        assertProblem(refused, 404);
    }

    @Test
    void aBookingIdThatIsNotAUuidIs400Problem() {
        HttpClientResponseException refused = refused(
                HttpRequest.GET("/api/decisions/not-a-uuid").bearerAuth(AdminTokens.admin()));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertProblem(refused, 400);
    }

    private UUID decided(Answers answers) {
        UUID booking = UUID.randomUUID();
        BookingRequested request = Requests.request(booking, answers.build());
        decisions.decide(request);
        return booking;
    }

    private static MutableHttpRequest<?> get(UUID booking) {
        return HttpRequest.GET("/api/decisions/" + booking);
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(request, String.class));
    }

    private static void assertProblem(HttpClientResponseException refused, int status) {
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        JsonNode problem = refused.getResponse().getBody(JsonNode.class).orElseThrow();
        assertEquals(status, problem.get("status").getIntValue());
        assertNotNull(problem.get("title"));
        assertNull(problem.get("stackTrace"));
    }

}
