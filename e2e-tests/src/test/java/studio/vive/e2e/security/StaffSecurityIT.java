package studio.vive.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.http.JsonHttp;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * Who may see what: staff endpoints on every service need a token with the right role, a therapist
 * sees only their own diary, and a booking is visible and cancellable only with its own token.
 */
@E2eTest
@Order(2)
class StaffSecurityIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final Suite suite;
    private final PlatformStack stack;
    private final JsonHttp http = new JsonHttp();
    private AcceptedBooking miasBooking;
    private AcceptedBooking noahsBooking;

    StaffSecurityIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void twoConfirmedBookingsOfTwoTherapists() {
        miasBooking = bookConfirmed("mia");
        noahsBooking = bookConfirmed("noah");
    }

    @Test
    void everyStaffEndpointOnEveryServiceAnswers401WithoutAToken() {
        SoftAssertions softly = new SoftAssertions();
        for (StaffEndpoint endpoint : StaffEndpoint.all()) {
            HttpResult result = call(endpoint, null);
            softly.assertThat(result.status()).as(endpoint + " without a token: " + result.describe()).isEqualTo(401);
        }
        softly.assertAll();
    }

    @Test
    void everyStaffEndpointOnEveryServiceAnswers401ForATokenSignedWithAnotherSecret() {
        String forged = forgedToken();
        SoftAssertions softly = new SoftAssertions();
        for (StaffEndpoint endpoint : StaffEndpoint.all()) {
            HttpResult result = call(endpoint, forged);
            softly.assertThat(result.status()).as(endpoint + " with a forged token: " + result.describe()).isEqualTo(401);
        }
        softly.assertAll();
    }

    @Test
    void everyStaffEndpointOnEveryServiceAnswers403ForTheWrongRole() {
        SoftAssertions softly = new SoftAssertions();
        for (StaffEndpoint endpoint : StaffEndpoint.all()) {
            String wrongRole = "ADMIN".equals(endpoint.role()) ? suite.staff().therapist("mia") : suite.staff().admin();
            HttpResult result = call(endpoint, wrongRole);
            softly.assertThat(result.status()).as(endpoint + " with the wrong role: " + result.describe()).isEqualTo(403);
        }
        softly.assertAll();
    }

    @Test
    void refusedStaffRequestsAnswerWithProblemJson() {
        SoftAssertions softly = new SoftAssertions();
        for (StaffEndpoint endpoint : StaffEndpoint.all()) {
            if (endpoint.path().endsWith("/stream")) {
                continue; // an event stream's refusal has no JSON body to speak of
            }
            for (String token : new String[] {null, suite.staff().therapist("mia")}) {
                HttpResult result = call(endpoint, token);
                if (result.status() == 401 || result.status() == 403) {
                    softly.assertThat(result.isProblem()).as(endpoint + " " + result.status() + ": " + result.describe()).isTrue();
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void theRightRoleIsLetInOnEveryService() {
        SoftAssertions softly = new SoftAssertions();
        for (StaffEndpoint endpoint : StaffEndpoint.all()) {
            if (endpoint.path().endsWith("/stream") || "POST".equals(endpoint.method())) {
                continue;
            }
            String token = "ADMIN".equals(endpoint.role()) ? suite.staff().admin() : suite.staff().therapist("mia");
            HttpResult result = call(endpoint, token);
            softly.assertThat(result.status()).as(endpoint + " with the right role: " + result.describe()).isEqualTo(200);
        }
        softly.assertAll();
    }

    @Test
    void aTherapistSeesTheirOwnConfirmedBookingsAndNeverAnotherTherapists() {
        List<String> miaSees = agendaIds(suite.staff().therapist("mia"), "");
        List<String> noahSees = agendaIds(suite.staff().therapist("noah"), "");

        assertThat(miaSees).contains(miasBooking.id().toString()).doesNotContain(noahsBooking.id().toString());
        assertThat(noahSees).contains(noahsBooking.id().toString()).doesNotContain(miasBooking.id().toString());
    }

    @Test
    void aTherapistCannotAskForAnotherTherapistsDiary() {
        List<String> miaAsksForNoah = agendaIds(suite.staff().therapist("mia"), "&therapistId=noah");

        assertThat(miaAsksForNoah).doesNotContain(noahsBooking.id().toString());
    }

    @Test
    void aBookingCannotBeReadWithoutItsToken() {
        assertThat(suite.bookingApi().get(miasBooking.id(), null).status()).isEqualTo(404);
        assertThat(suite.bookingApi().get(miasBooking.id(), "not-the-token").status()).isEqualTo(404);
        assertThat(suite.bookingApi().get(miasBooking.id(), noahsBooking.accessToken()).status())
                .as("another booking's token").isEqualTo(404);
        assertThat(suite.bookingApi().get(UUID.randomUUID(), miasBooking.accessToken()).status())
                .as("a booking that does not exist looks the same").isEqualTo(404);
    }

    @Test
    void aBookingCannotBeCancelledWithoutItsToken() {
        assertThat(suite.bookingApi().cancel(miasBooking.id(), null).status()).isEqualTo(404);
        assertThat(suite.bookingApi().cancel(miasBooking.id(), "not-the-token").status()).isEqualTo(404);
        assertThat(suite.bookingApi().cancel(miasBooking.id(), noahsBooking.accessToken()).status()).isEqualTo(404);

        assertThat(suite.bookingApi().get(miasBooking).json().path("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void aStaffTokenDoesNotOpenAClientsBooking() {
        HttpResult result = http.send(HttpRequest.newBuilder(suite.bookingApi().uri("/api/bookings/" + miasBooking.id()))
                .header("Authorization", "Bearer " + suite.staff().admin()).GET().build());

        assertThat(result.status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------

    private AcceptedBooking bookConfirmed(String therapistId) {
        Slot slot = nextSlotOf(therapistId);
        AcceptedBooking booking = suite.bookingApi().book(BookingRequest.of(slot, ScreeningCase.CLEARED))
                .orElseThrow(() -> new AssertionError("booking for " + therapistId + " was not accepted"));
        await("booking confirmed").atMost(SETTLE).pollInterval(Duration.ofMillis(500))
                .until(() -> "CONFIRMED".equals(suite.bookingApi().get(booking).json().path("status").asText()));
        return booking;
    }

    private Slot nextSlotOf(String therapistId) {
        List<Slot> skipped = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Slot slot = suite.slots().next();
            if (slot.therapistId().equals(therapistId)) {
                return slot;
            }
            skipped.add(slot);
        }
        throw new IllegalStateException("no slot of " + therapistId + " among " + skipped.size());
    }

    private List<String> agendaIds(String token, String extraQuery) {
        java.time.LocalDate first = miasBooking.request().slot().startsAt().toLocalDate();
        java.time.LocalDate second = noahsBooking.request().slot().startsAt().toLocalDate();
        String from = (first.isBefore(second) ? first : second).minusDays(1).toString();
        String to = (first.isBefore(second) ? second : first).plusDays(1).toString();
        HttpResult result = http.send(HttpRequest.newBuilder(suite.bookingApi()
                        .uri("/api/therapist/bookings?from=" + from + "&to=" + to + extraQuery))
                .header("Authorization", "Bearer " + token).GET().build());
        assertThat(result.status()).as(result.describe()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : result.json()) {
            ids.add(entry.path("id").asText(entry.path("bookingId").asText()));
        }
        return ids;
    }

    private HttpResult call(StaffEndpoint endpoint, String token) {
        URI uri = stack.primary(endpoint.service()).uri(endpoint.pathFor(miasBooking.id()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if ("POST".equals(endpoint.method())) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.GET();
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build());
    }

    /** A well-formed HS256 token claiming ADMIN, signed with a secret the services do not know. */
    private static String forgedToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis() / 1000;
        String claims = base64.encodeToString(("{\"sub\":\"admin\",\"roles\":[\"ADMIN\"],\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("not-the-platform-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = base64.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
            return header + "." + claims + "." + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
