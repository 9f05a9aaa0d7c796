package studio.vive.booking.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.EventStream;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.Topics;

/**
 * The pre-visit re-check: {@code POST /api/bookings/{id}/recheck} sends only the six urgent answers
 * to screening, and screening's {@code RecheckDecided} (read from its golden sample) keeps the
 * booking confirmed and re-checked, or refers it urgently with its slot released, its therapist
 * told, and the admins' live stream showing it.
 */
@MicronautTest(transactional = false)
class RecheckIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";

    private TopicRecords requested;
    private TopicRecords rechecks;
    private TopicRecords lifecycle;
    private OutcomePublisher outcomes;

    @Override
    protected String databaseName() {
        return "booking_recheck";
    }

    @BeforeAll
    void openKafka() {
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        rechecks = new TopicRecords(Topics.RECHECK_SUBMITTED);
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
        outcomes = new OutcomePublisher();
    }

    @AfterAll
    void closeKafka() {
        requested.close();
        rechecks.close();
        lifecycle.close();
        outcomes.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRecheckOfAConfirmedBookingIsAcceptedAndSendsOnlyTheUrgentAnswersToScreening() throws IOException {
        Accepted booking = confirmed("mia", at(1, 9, 0));

        Http.Response response = recheck(booking, answers(Map.of("legPain", "BELOW_KNEE")));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("status").getStringValue()).isEqualTo("CONFIRMED");
        await().atMost(WAIT).until(() -> rechecks.withKey(booking.id()).size() == 1);
        JsonNode sent = rechecks.json(rechecks.withKey(booking.id()).get(0));
        JsonNode golden = json.readValue(GoldenSamples.json(GoldenSamples.RECHECK_SUBMITTED), JsonNode.class);
        assertThat(fields(sent)).isEqualTo(fields(golden));
        assertThat(fields(sent.get("answers"))).isEqualTo(fields(golden.get("answers")));
        assertThat(sent.get("answers").get("legPain").getStringValue()).isEqualTo("BELOW_KNEE");
        assertThat(rechecks.valuesWithKey(booking.id()).get(0)).doesNotContain("@example.com");
    }

    @Test
    void theAnswersMayAlsoComeInsideAScreeningObjectAsInABookingRequest() {
        Accepted booking = confirmed("mia", at(1, 11, 0));

        assertThat(recheck(booking, Map.of("screening", answers(Map.of()))).status()).isEqualTo(202);
    }

    @Test
    void aWrongOrMissingTokenIsNotFound() {
        Accepted booking = confirmed("mia", at(1, 13, 0));

        Http.Response wrong = http.postJson(path(booking), answers(Map.of()), Map.of(TOKEN, "not-the-token"));
        Http.Response missing = http.postJson(path(booking), answers(Map.of()), Map.of());

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(wrong.contentType()).startsWith(PROBLEM_JSON);
        assertThat(rechecks.withKey(booking.id())).isEmpty();
    }

    @Test
    void aBookingThatIsNotConfirmedCannotBeRechecked() {
        Accepted pending = book("noah", at(1, 10, 0));

        Http.Response response = recheck(pending, answers(Map.of()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").getStringValue()).endsWith("/not-recheckable");
    }

    @Test
    void anAppointmentThatHasBegunCannotBeRechecked() {
        Accepted booking = confirmed("noah", at(1, 12, 0));
        clock.set(at(1, 12, 0).toInstant());

        assertThat(recheck(booking, answers(Map.of())).status()).isEqualTo(409);
    }

    @Test
    void aMissingOrInvalidAnswerIsABadRequestNamingEveryField() {
        Accepted booking = confirmed("noah", at(1, 14, 0));
        Map<String, Object> body = answers(Map.of("legPain", "KNEES", "persistentFever", "maybe"));
        body.remove("suddenWeightLoss");

        Http.Response response = recheck(booking, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("legPain", "persistentFever", "suddenWeightLoss");
        assertThat(response.body()).doesNotContain("KNEES").doesNotContain("maybe");
    }

    @Test
    void allNoKeepsTheBookingConfirmedAndTheAgendaShowsItReChecked() {
        Accepted booking = confirmed("ava", at(2, 9, 0));

        outcomes.publishJson(booking.id().toString(), decided(booking, false), "RecheckDecided", UUID.randomUUID().toString());

        String ava = bearer("ava", "ava-dev-pass");
        await().atMost(WAIT).until(() -> recheckedOn(booking, ava) != null);
        assertThat(recheckedOn(booking, ava)).isEqualTo("2026-12-01");
        assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
        assertThat(show(booking).json().get("outcome").get("tier").getStringValue()).isEqualTo("CLEARED");
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> lifecycle.withKey(booking.id()).size() == 1);
    }

    @Test
    void anyYesRefersTheBookingUrgentlyAndReleasesItsSlot() {
        Accepted booking = confirmed("mia", at(2, 14, 0));
        assertThat(freeAt("mia", "2030-06-05", "14:00")).isFalse();

        outcomes.publishJson(booking.id().toString(), decided(booking, true), "RecheckDecided", UUID.randomUUID().toString());

        await().atMost(WAIT).until(() -> "REFERRED".equals(statusOf(booking)));
        JsonNode outcome = show(booking).json().get("outcome");
        assertThat(outcome.get("tier").getStringValue()).isEqualTo("URGENT_REFERRAL");
        assertThat(outcome.get("reasons").get(0).get("ruleId").getStringValue()).isEqualTo("RF-LEG-PAIN");
        assertThat(freeAt("mia", "2030-06-05", "14:00")).isTrue();
    }

    @Test
    void anyYesPublishesOneBookingReferredCarryingTheAppointmentForTheTherapistsCancellation() {
        Accepted booking = confirmed("noah", at(2, 15, 0));
        String event = decided(booking, true);

        outcomes.publishJson(booking.id().toString(), event, "RecheckDecided", UUID.randomUUID().toString());
        outcomes.publishJson(booking.id().toString(), event, "RecheckDecided", UUID.randomUUID().toString());

        await().atMost(WAIT).until(() -> lifecycle.withKey(booking.id()).size() == 2);
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> lifecycle.withKey(booking.id()).size() == 2);
        JsonNode referred = lifecycle.json(lifecycle.withKey(booking.id()).get(1));
        assertThat(referred.get("type").getStringValue()).isEqualTo("BookingReferred");
        assertThat(referred.get("tier").getStringValue()).isEqualTo("URGENT_REFERRAL");
        assertThat(referred.get("appointment").get("therapist").get("id").getStringValue()).isEqualTo("noah");
        assertThat(referred.get("appointment").get("startsAt").getStringValue()).isEqualTo("2030-06-05T15:00:00+10:00");
    }

    @Test
    void anyYesShowsOnTheAdminsLiveReferralStream() {
        Accepted booking = confirmed("noah", at(2, 17, 0));
        try (EventStream stream = EventStream.open(server.getURI().resolve("/api/admin/referrals/stream"),
                token("admin", "admin-dev-pass"))) {
            await().atMost(WAIT).until(() -> stream.sawEvent("heartbeat"));

            outcomes.publishJson(booking.id().toString(), decided(booking, true), "RecheckDecided",
                    UUID.randomUUID().toString());

            await().atMost(WAIT).until(() -> stream.sawData(booking.id().toString()));
        }
    }

    /** A booking screening cleared. */
    private Accepted confirmed(String therapistId, java.time.OffsetDateTime startsAt) {
        Accepted booking = book(therapistId, startsAt);
        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        UUID requestEventId = UUID.fromString(requested.json(requested.withKey(booking.id()).get(0))
                .get("eventId").getStringValue());
        outcomes.publish(BookingCleared.of(booking.id(), requestEventId, "2026.11-1", Instant.now()));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));
        return booking;
    }

    /** The golden RecheckDecided for {@code booking}: urgent as in the sample, or cleared. */
    private static String decided(Accepted booking, boolean urgent) {
        String golden = GoldenSamples.json(GoldenSamples.RECHECK_DECIDED).replace(GOLDEN_BOOKING, booking.id().toString())
                .replaceFirst("\"eventId\": \"[0-9a-f-]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"");
        if (urgent) {
            return golden;
        }
        return golden.replace("\"URGENT_REFERRAL\"", "\"CLEARED\"").replaceAll("(?s)\"reasons\": \\[.*\\]", "\"reasons\": []");
    }

    private static Map<String, Object> answers(Map<String, Object> changed) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("bowelOrBladderProblems", false);
        answers.put("suddenWeightLoss", false);
        answers.put("persistentFever", false);
        answers.put("legPain", "NONE");
        answers.put("legWeaknessNumbnessTingling", false);
        answers.put("followedSevereFallOrAccident", false);
        answers.putAll(changed);
        return answers;
    }

    private Http.Response recheck(Accepted booking, Map<String, Object> body) {
        return http.postJson(path(booking), body, Map.of(TOKEN, booking.token()));
    }

    private static String path(Accepted booking) {
        return "/api/bookings/" + booking.id() + "/recheck";
    }

    private String token(String user, String password) {
        return http.postJson("/login", Map.of("username", user, "password", password), Map.of()).json()
                .get("access_token").getStringValue();
    }

    private String bearer(String user, String password) {
        return "Bearer " + token(user, password);
    }

    private String recheckedOn(Accepted booking, String authorization) {
        JsonNode agenda = http.get("/api/therapist/bookings?from=2030-06-03&to=2030-06-10",
                Map.of("Authorization", authorization)).json();
        for (JsonNode entry : agenda.values()) {
            if (entry.get("bookingId").getStringValue().equals(booking.id().toString())) {
                JsonNode on = entry.get("recheckedOn");
                return on == null || on.isNull() ? null : on.getStringValue();
            }
        }
        return null;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

}
