package studio.vive.booking.reschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;

/**
 * A client moves their booking ({@code POST /api/bookings/{id}/reschedule}) on real Kafka and
 * PostgreSQL: the new time is held and the old one released at once, screening is asked about the
 * new date, and its answer confirms the booking with one updated invite or refers it; a held time,
 * the cancellation window and the slot rules refuse the move and leave the booking as it was.
 */
@MicronautTest(transactional = false)
class RescheduleIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private TopicRecords requested;
    private TopicRecords rescreens;
    private TopicRecords lifecycle;
    private OutcomePublisher outcomes;

    @Override
    protected String databaseName() {
        return "booking_reschedule";
    }

    @BeforeAll
    void openKafka() {
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        rescreens = new TopicRecords(Topics.RESCREEN_REQUESTED);
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
        outcomes = new OutcomePublisher();
    }

    @AfterAll
    void closeKafka() {
        requested.close();
        rescreens.close();
        lifecycle.close();
        outcomes.close();
    }

    @Test
    void aConfirmedBookingMovesAtOnceAndAwaitsScreeningForTheNewDate() {
        Accepted booking = confirmed("mia", at(7, 9, 0));

        Http.Response moved = reschedule(booking, at(8, 9, 0), null);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("status").getStringValue()).isEqualTo("PENDING_SCREENING");
        assertThat(moved.json().get("startsAt").getStringValue()).isEqualTo("2030-06-11T09:00:00+10:00");
        assertThat(moved.json().get("therapistId").getStringValue()).isEqualTo("mia");
        assertThat(freeAt("mia", "2030-06-10", "09:00")).isTrue();
        assertThat(freeAt("mia", "2030-06-11", "09:00")).isFalse();
    }

    @Test
    void screeningIsAskedAboutTheNewDateInTheGoldenSamplesShapeWithoutContactDetails() {
        Accepted booking = confirmed("mia", at(7, 11, 0));

        reschedule(booking, at(9, 9, 0), null);

        JsonNode sent = rescreenOf(booking);
        JsonNode golden = json(GoldenSamples.json(GoldenSamples.RESCREEN_REQUESTED));
        assertThat(fields(sent)).isEqualTo(fields(golden));
        assertThat(sent.get("appointmentDate").getStringValue()).isEqualTo("2030-06-12");
        assertThat(rescreens.valuesWithKey(booking.id()).get(0)).doesNotContain("@example.com");
    }

    @Test
    void clearedForTheNewDateTheBookingIsConfirmedAndOneAppointmentChangedCarriesBothTimes() {
        Accepted booking = confirmed("mia", at(7, 13, 0));
        reschedule(booking, at(9, 11, 0), null);

        outcomes.publish(BookingCleared.of(booking.id(), rescreenId(booking), "2026.11-1", Instant.now()));

        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));
        JsonNode changed = onlyLifecycle(booking, "AppointmentChanged");
        assertThat(changed.get("reason").getStringValue()).isEqualTo("RESCHEDULED_BY_CLIENT");
        assertThat(changed.get("inviteSequence").getIntValue()).isEqualTo(1);
        assertThat(changed.get("previous").get("startsAt").getStringValue()).isEqualTo("2030-06-10T13:00:00+10:00");
        assertThat(changed.get("appointment").get("startsAt").getStringValue()).isEqualTo("2030-06-12T11:00:00+10:00");
        assertThat(lifecycleTypes(booking)).containsExactly("BookingConfirmed", "AppointmentChanged");
    }

    @Test
    void aReferralForTheNewDateReleasesTheSlotAndCancelsTheInviteTheTherapistHolds() {
        Accepted booking = confirmed("mia", at(7, 15, 0));
        reschedule(booking, at(10, 9, 0), null);

        outcomes.publish(ReferralRaised.of(booking.id(), rescreenId(booking), "2026.11-1", Instant.now(),
                Tier.REFERRAL, List.of(new Reason("RF-FIRST-OVER-50", "This is your first episode of back pain and you are over 50."))));

        await().atMost(WAIT).until(() -> "REFERRED".equals(statusOf(booking)));
        JsonNode referred = onlyLifecycle(booking, "BookingReferred");
        assertThat(referred.get("appointment").get("startsAt").getStringValue()).isEqualTo("2030-06-10T15:00:00+10:00");
        assertThat(show(booking).json().get("outcome").get("reasons").get(0).get("ruleId").getStringValue())
                .isEqualTo("RF-FIRST-OVER-50");
        assertThat(freeAt("mia", "2030-06-13", "09:00")).isTrue();
    }

    @Test
    void onlyTheDecisionOfTheLatestMoveCountsAndTheInviteReplacesTheOriginalTime() {
        Accepted booking = confirmed("mia", at(8, 11, 0));
        reschedule(booking, at(8, 13, 0), null);
        UUID firstMove = rescreenId(booking);
        reschedule(booking, at(9, 13, 0), null);
        await().atMost(WAIT).until(() -> rescreens.withKey(booking.id()).size() == 2);
        UUID secondMove = UUID.fromString(rescreens.json(rescreens.withKey(booking.id()).get(1)).get("eventId").getStringValue());

        outcomes.publish(BookingCleared.of(booking.id(), firstMove, "2026.11-1", Instant.now()));
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> "PENDING_SCREENING".equals(statusOf(booking)));
        outcomes.publish(BookingCleared.of(booking.id(), secondMove, "2026.11-1", Instant.now()));

        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));
        JsonNode changed = onlyLifecycle(booking, "AppointmentChanged");
        assertThat(changed.get("previous").get("startsAt").getStringValue()).isEqualTo("2030-06-11T11:00:00+10:00");
        assertThat(changed.get("appointment").get("startsAt").getStringValue()).isEqualTo("2030-06-12T13:00:00+10:00");
    }

    @Test
    void aTimeHeldByAnotherBookingIsAConflictAndTheBookingStaysAsItWas() {
        Accepted booking = confirmed("mia", at(8, 15, 0));
        book("mia", at(9, 15, 0));

        Http.Response refused = reschedule(booking, at(9, 15, 0), "mia");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().get("type").getStringValue()).endsWith("/slot-taken");
        assertThat(show(booking).json().get("startsAt").getStringValue()).isEqualTo("2030-06-11T15:00:00+10:00");
        assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
        assertThat(rescreens.withKey(booking.id())).isEmpty();
    }

    @Test
    void twoClientsRacingForOneTimeGetOneMoveAndTheOtherBookingIsUnchanged() throws Exception {
        Accepted first = confirmed("mia", at(10, 11, 0));
        Accepted second = confirmed("mia", at(10, 13, 0));
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Http.Response> a = CompletableFuture.supplyAsync(() -> raced(start, first));
        CompletableFuture<Http.Response> b = CompletableFuture.supplyAsync(() -> raced(start, second));

        List<Integer> statuses = List.of(a.get().status(), b.get().status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        Accepted loser = a.get().status() == 409 ? first : second;
        String loserWas = loser == first ? "2030-06-13T11:00:00+10:00" : "2030-06-13T13:00:00+10:00";
        assertThat(show(loser).json().get("startsAt").getStringValue()).isEqualTo(loserWas);
        assertThat(statusOf(loser)).isEqualTo("CONFIRMED");
    }

    @Test
    void insideTheCancellationWindowTheBookingCannotBeMovedOnline() {
        Accepted booking = confirmed("mia", at(1, 9, 0));
        clock.set(at(1, 9, 0).toInstant().minus(Duration.ofHours(23)));

        Http.Response refused = reschedule(booking, at(10, 9, 0), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").getStringValue()).endsWith("/not-reschedulable");
        assertThat(refused.json().get("detail").getStringValue()).contains("call the studio");
    }

    @Test
    void aTimeOutsideWorkingHoursIsABadRequest() {
        Accepted booking = confirmed("mia", at(11, 11, 0));

        Http.Response refused = reschedule(booking, at(8, 20, 0), "mia");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").getStringValue()).endsWith("/slot-not-bookable");
        assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aMissingStartIsABadRequestNamingIt() {
        Accepted booking = confirmed("mia", at(11, 13, 0));

        Http.Response refused = http.postJson(path(booking), Map.of("therapistId", "mia"), Map.of(TOKEN, booking.token()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("startsAt");
    }

    @Test
    void aWrongOrMissingTokenIsNotFound() {
        Accepted booking = confirmed("mia", at(11, 15, 0));
        Map<String, Object> body = Map.of("startsAt", at(14, 9, 0).toString());

        assertThat(http.postJson(path(booking), body, Map.of(TOKEN, "not-the-token")).status()).isEqualTo(404);
        assertThat(http.postJson(path(booking), body, Map.of()).status()).isEqualTo(404);
        assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aBookingInItsFirstScreeningIsAskedToTryAgainInAMoment() {
        Accepted pending = book("mia", at(14, 11, 0));

        Http.Response refused = reschedule(pending, at(14, 13, 0), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").getStringValue()).endsWith("/screening-in-progress");
    }

    @Test
    void onceScreeningMayHaveDeletedTheAnswersTheMoveMustBringThemAgain() {
        Accepted booking = confirmed("mia", at(45, 9, 0));
        clock.advance(Duration.ofDays(29).plusHours(1));

        Http.Response refused = reschedule(booking, at(46, 9, 0), null);
        Http.Response moved = http.postJson(path(booking), Map.of("startsAt", at(46, 9, 0).toString(),
                "screening", BookingBodies.clearedAnswers()), Map.of(TOKEN, booking.token()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("screening");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode sent = rescreenOf(booking);
        assertThat(fields(sent)).isEqualTo(fields(json(GoldenSamples.json(GoldenSamples.RESCREEN_REQUESTED_ANSWERED_AGAIN)))
                .stream().filter(f -> !f.equals("clearance")).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(sent.get("screening").get("painDurationDays").getIntValue()).isEqualTo(5);
    }

    @Test
    void aBookingCancelledWhileItsNewDateIsScreenedStaysCancelled() {
        Accepted booking = confirmed("mia", at(14, 15, 0));
        reschedule(booking, at(15, 9, 0), null);
        assertThat(http.postJson("/api/bookings/" + booking.id() + "/cancel", Map.of(), Map.of(TOKEN, booking.token()))
                .status()).isEqualTo(200);

        outcomes.publish(BookingCleared.of(booking.id(), rescreenId(booking), "2026.11-1", Instant.now()));

        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> "CANCELLED".equals(statusOf(booking)));
        assertThat(lifecycleTypes(booking)).containsExactly("BookingConfirmed", "BookingCancelled");
    }

    private Http.Response raced(CyclicBarrier start, Accepted booking) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reschedule(booking, at(10, 15, 0), "mia");
    }

    /** A booking screening cleared. */
    private Accepted confirmed(String therapistId, OffsetDateTime startsAt) {
        Accepted booking = book(therapistId, startsAt);
        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        UUID requestEventId = UUID.fromString(requested.json(requested.withKey(booking.id()).get(0))
                .get("eventId").getStringValue());
        outcomes.publish(BookingCleared.of(booking.id(), requestEventId, "2026.11-1", Instant.now()));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));
        await().atMost(WAIT).until(() -> lifecycle.withKey(booking.id()).size() == 1);
        return booking;
    }

    private Http.Response reschedule(Accepted booking, OffsetDateTime startsAt, String therapistId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt.toString());
        if (therapistId != null) {
            body.put("therapistId", therapistId);
        }
        return http.postJson(path(booking), body, Map.of(TOKEN, booking.token()));
    }

    private static String path(Accepted booking) {
        return "/api/bookings/" + booking.id() + "/reschedule";
    }

    private JsonNode rescreenOf(Accepted booking) {
        await().atMost(WAIT).until(() -> rescreens.withKey(booking.id()).size() == 1);
        return rescreens.json(rescreens.withKey(booking.id()).get(0));
    }

    private UUID rescreenId(Accepted booking) {
        return UUID.fromString(rescreenOf(booking).get("eventId").getStringValue());
    }

    private JsonNode onlyLifecycle(Accepted booking, String type) {
        await().atMost(WAIT).until(() -> lifecycleTypes(booking).contains(type));
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> lifecycleTypes(booking).stream()
                .filter(type::equals).count() == 1);
        return lifecycle.withKey(booking.id()).stream().map(lifecycle::json)
                .filter(event -> type.equals(event.get("type").getStringValue())).findFirst().orElseThrow();
    }

    private List<String> lifecycleTypes(Accepted booking) {
        return lifecycle.withKey(booking.id()).stream().map(r -> lifecycle.json(r).get("type").getStringValue()).toList();
    }

    private JsonNode json(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
