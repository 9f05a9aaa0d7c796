package studio.vive.booking.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;

/** Staff: login, the therapist agenda, the admin referral list, live stream and follow-up, and who may see what. */
@MicronautTest(transactional = false)
class StaffApiIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Reason> REASONS = List.of(new Reason("RF-CANCER", "You told us you have a history of cancer."));

    private TopicRecords requested;
    private OutcomePublisher outcomes;

    @Override
    protected String databaseName() {
        return "booking_staff";
    }

    @BeforeAll
    void openKafka() {
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        outcomes = new OutcomePublisher();
    }

    @AfterAll
    void closeKafka() {
        requested.close();
        outcomes.close();
    }

    private String login(String username, String password) {
        Http.Response response = http.postJson("/login", Map.of("username", username, "password", password), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").getStringValue();
    }

    private Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private UUID requestEventId(Accepted booking) {
        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        return UUID.fromString(requested.json(requested.withKey(booking.id()).get(0)).get("eventId").getStringValue());
    }

    private Accepted confirmed(String therapistId, java.time.OffsetDateTime startsAt) {
        Accepted booking = book(therapistId, startsAt);
        outcomes.publish(BookingCleared.of(booking.id(), requestEventId(booking), "2026.11-1", Instant.now()));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));
        return booking;
    }

    private Accepted referred(String therapistId, java.time.OffsetDateTime startsAt, Tier tier) {
        Accepted booking = book(therapistId, startsAt);
        outcomes.publish(ReferralRaised.of(booking.id(), requestEventId(booking), "2026.11-1", clock.instant(), tier,
                REASONS));
        await().atMost(WAIT).until(() -> "REFERRED".equals(statusOf(booking)));
        return booking;
    }

    private List<String> bookingIds(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().values().forEach(e -> ids.add(e.get(field).getStringValue()));
        return ids;
    }

    @Test
    void staffLogInWithUserNameAndPasswordAndGetABearerToken() {
        Http.Response response = http.postJson("/login", Map.of("username", "admin", "password", "admin-dev-pass"),
                Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("token_type").getStringValue()).isEqualToIgnoringCase("Bearer");
        assertThat(response.json().get("access_token").getStringValue()).contains(".");
    }

    @Test
    void aWrongPasswordOrUnknownUserIsAnswered401Problem() {
        Http.Response wrongPassword = http.postJson("/login", Map.of("username", "admin", "password", "guess"), Map.of());
        Http.Response unknownUser = http.postJson("/login", Map.of("username", "eve", "password", "guess"), Map.of());

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith(PROBLEM_JSON);
        assertThat(unknownUser.status()).isEqualTo(401);
    }

    @Test
    void everyStaffEndpointAnswers401WithoutAToken() {
        for (String path : List.of("/api/therapist/bookings", "/api/admin/referrals", "/api/admin/referrals/stream")) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).as(path).startsWith(PROBLEM_JSON);
        }
        assertThat(http.postEmpty("/api/admin/referrals/" + UUID.randomUUID() + "/follow-up", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsAnswered401() {
        String token = login("admin", "admin-dev-pass");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(http.get("/api/admin/referrals", bearer(forged)).status()).isEqualTo(401);
    }

    @Test
    void aTherapistIsAnswered403ByTheAdminEndpoints() {
        Map<String, String> mia = bearer(login("mia", "mia-dev-pass"));

        assertThat(http.get("/api/admin/referrals", mia).status()).isEqualTo(403);
        assertThat(http.get("/api/admin/referrals/stream", mia).status()).isEqualTo(403);
        Http.Response followUp = http.postEmpty("/api/admin/referrals/" + UUID.randomUUID() + "/follow-up", mia);
        assertThat(followUp.status()).isEqualTo(403);
        assertThat(followUp.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void anAdminIsAnswered403ByTheTherapistAgenda() {
        assertThat(http.get("/api/therapist/bookings", bearer(login("admin", "admin-dev-pass"))).status())
                .isEqualTo(403);
    }

    @Test
    void aTherapistSeesOnlyTheirOwnConfirmedBookings() {
        Accepted miasConfirmed = confirmed("mia", at(1, 9, 0));
        Accepted noahsConfirmed = confirmed("noah", at(1, 10, 0));
        Accepted miasPending = book("mia", at(1, 11, 0));

        List<String> mias = bookingIds(http.get("/api/therapist/bookings?from=2030-06-03&to=2030-06-09",
                bearer(login("mia", "mia-dev-pass"))), "bookingId");
        List<String> noahs = bookingIds(http.get("/api/therapist/bookings?from=2030-06-03&to=2030-06-09",
                bearer(login("noah", "noah-dev-pass"))), "bookingId");

        assertThat(mias).contains(miasConfirmed.id().toString())
                .doesNotContain(noahsConfirmed.id().toString(), miasPending.id().toString());
        assertThat(noahs).contains(noahsConfirmed.id().toString()).doesNotContain(miasConfirmed.id().toString());
    }

    @Test
    void theAgendaShowsWhatTheTherapistNeedsButNoContactDetails() {
        Accepted booking = confirmed("ava", at(2, 9, 0));

        Http.Response response = http.get("/api/therapist/bookings?from=2030-06-05&to=2030-06-05",
                bearer(login("ava", "ava-dev-pass")));

        JsonNode entry = response.json().get(0);
        assertThat(entry.get("bookingId").getStringValue()).isEqualTo(booking.id().toString());
        assertThat(entry.get("startsAt").getStringValue()).isEqualTo("2030-06-05T09:00:00+10:00");
        assertThat(entry.get("serviceName").getStringValue()).isEqualTo("Remedial massage, 60 minutes");
        assertThat(entry.get("clientName").getStringValue()).isEqualTo("Ada Lovelace");
        assertThat(entry.get("cause").getStringValue()).isEqualTo("SPORT_INJURY");
        assertThat(response.body()).doesNotContain("@example.com").doesNotContain("+61");
    }

    @Test
    void anAgendaRangeEndingBeforeItStartsIsAnswered400() {
        Http.Response response = http.get("/api/therapist/bookings?from=2030-06-10&to=2030-06-01",
                bearer(login("mia", "mia-dev-pass")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("to");
    }

    @Test
    void theAdminSeesReferralsNewestFirstWithReasonsAndContactDetails() {
        Accepted older = referred("mia", at(3, 9, 0), Tier.REFERRAL);
        clock.advance(Duration.ofMinutes(1));
        Accepted newer = referred("noah", at(3, 10, 0), Tier.URGENT_REFERRAL);

        Http.Response response = http.get("/api/admin/referrals", bearer(login("admin", "admin-dev-pass")));

        List<String> ids = bookingIds(response, "bookingId");
        assertThat(ids).containsSubsequence(newer.id().toString(), older.id().toString());
        JsonNode first = response.json().values().iterator().next();
        assertThat(first.get("reasons").get(0).get("ruleId").getStringValue()).isEqualTo("RF-CANCER");
        assertThat(first.get("client").get("phone").getStringValue()).startsWith("+61");
    }

    @Test
    void theAdminFiltersReferralsByTier() {
        Accepted referral = referred("ava", at(4, 9, 0), Tier.REFERRAL);
        Accepted urgent = referred("ava", at(4, 13, 0), Tier.URGENT_REFERRAL);

        List<String> urgentOnly = bookingIds(http.get("/api/admin/referrals?tier=URGENT_REFERRAL",
                bearer(login("admin", "admin-dev-pass"))), "bookingId");

        assertThat(urgentOnly).contains(urgent.id().toString()).doesNotContain(referral.id().toString());
        assertThat(http.get("/api/admin/referrals?tier=SOON", bearer(login("admin", "admin-dev-pass"))).errorFields())
                .containsExactly("tier");
    }

    @Test
    void theAdminStreamSendsAnEventForEachNewReferral() {
        String token = login("admin", "admin-dev-pass");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/admin/referrals/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Void>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
                    response.body().forEach(lines::add);
                    return null;
                });
        try {
            // subscribed once the first heartbeat arrived
            await().atMost(WAIT).until(() -> lines.stream().anyMatch(l -> l.replace(" ", "").equals("event:heartbeat")));
            Accepted booking = book("noah", at(5, 10, 0));
            outcomes.publish(ReferralRaised.of(booking.id(), requestEventId(booking), "2026.11-1", clock.instant(),
                    Tier.URGENT_REFERRAL, REASONS));

            await().atMost(WAIT).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains(booking.id().toString())));
            assertThat(lines).anyMatch(l -> l.replace(" ", "").equals("event:referral"));
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void theAdminMarksAReferralFollowedUpOnce() {
        Accepted booking = referred("mia", at(8, 9, 0), Tier.REFERRAL);
        Map<String, String> admin = bearer(login("admin", "admin-dev-pass"));

        Http.Response first = http.postEmpty("/api/admin/referrals/" + booking.id() + "/follow-up", admin);
        Http.Response again = http.postEmpty("/api/admin/referrals/" + booking.id() + "/follow-up", admin);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("followedUpBy").getStringValue()).isEqualTo("admin");
        assertThat(again.json().get("followedUpAt").getStringValue())
                .isEqualTo(first.json().get("followedUpAt").getStringValue());
    }

    @Test
    void followingUpABookingWithoutAReferralIsAnswered404() {
        Accepted booking = book("mia", at(8, 13, 0));

        Http.Response response = http.postEmpty("/api/admin/referrals/" + booking.id() + "/follow-up",
                bearer(login("admin", "admin-dev-pass")));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }
}
