package studio.vive.booking.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;

/**
 * Issue 15 in booking-service, on real PostgreSQL and Kafka (screening is played by the test):
 * the referral workflow, recording a doctor's clearance, re-booking with its code, and what the
 * client, the admin and the therapist then see.
 */
@MicronautTest(transactional = false)
class ReferralLoopIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Reason CANCER = new Reason("RF-CANCER", "You told us you have a history of cancer.");
    private static final Reason FEVER = new Reason("RF-FEVER", "You told us you have persistent fevers.");
    /** A Tuesday a week ahead: the clearance's last valid day in these tests. */
    private static final String VALID_UNTIL = at(8, 10, 0).toLocalDate().toString();

    @Inject
    OverdueReferrals overdueReferrals;
    @Inject
    MeterRegistry meters;

    private TopicRecords requested;
    private TopicRecords lifecycle;
    private OutcomePublisher outcomes;

    @Override
    protected String databaseName() {
        return "booking_referral_loop";
    }

    @BeforeAll
    void openKafka() {
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
        outcomes = new OutcomePublisher();
    }

    @AfterAll
    void closeKafka() {
        requested.close();
        lifecycle.close();
        outcomes.close();
    }

    @Test
    void recordingAClearanceAnswers201WithTheCodeItsValidityAndTheRulesItCovers() {
        Referred referral = referred(Tier.URGENT_REFERRAL, List.of(FEVER, CANCER));

        Http.Response answer = recordClearance(referral.booking().id());

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("clearanceCode").getStringValue()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(answer.json().get("validUntil").getStringValue()).isEqualTo(VALID_UNTIL);
        assertThat(strings(answer.json().get("covers"))).containsExactly("RF-CANCER");
    }

    @Test
    void recordingAClearanceMovesTheReferralToClearedByDoctorAndShowsTheClearance() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        recordClearance(referral.booking().id());

        JsonNode entry = listed(referral.booking().id(), "");

        assertThat(entry.get("state").getStringValue()).isEqualTo("CLEARED_BY_DOCTOR");
        assertThat(entry.get("stateChangedBy").getStringValue()).isEqualTo("admin");
        assertThat(entry.get("clearance").get("clinician").getStringValue()).isEqualTo("Dr Grace Hopper");
        assertThat(entry.get("clearance").get("code")).isNull();
    }

    @Test
    void theClientIsSentOneClearanceIssuedWithAPersonalRebookLink() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        String code = code(recordClearance(referral.booking().id()));

        await().atMost(WAIT).until(() -> issued(referral.booking().id()).size() == 1);

        JsonNode event = issued(referral.booking().id()).get(0);
        assertThat(event.get("rebookUrl").getStringValue()).isEqualTo("http://localhost:8080/?clearanceCode=" + code);
        assertThat(event.get("client").get("email").getStringValue()).isEqualTo(referral.email());
        assertThat(event.toString()).doesNotContain("cancer").doesNotContain("Hopper");
    }

    @Test
    void aBookingThatWasNotReferredCannotTakeAClearance() {
        Accepted booking = book("mia", at(3, 14, 0));
        outcomes.publish(BookingCleared.of(booking.id(), requestEventId(booking.id()), "2026.11-1", clock.instant()));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));

        Http.Response answer = recordClearance(booking.id());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aReferralForCurrentSymptomsOnlyCannotTakeAClearance() {
        Referred referral = referred(Tier.URGENT_REFERRAL, List.of(FEVER));

        assertThat(recordClearance(referral.booking().id()).status()).isEqualTo(409);
    }

    @Test
    void aRebookingWithTheCodeCarriesTheClearanceToScreening() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        Http.Response clearance = recordClearance(referral.booking().id());

        Accepted rebooked = accept(rebooking(referral, code(clearance), at(2, 10, 0), "1970-03-14"));

        JsonNode sent = requestOf(rebooked.id()).get("clearance");
        assertThat(strings(sent.get("coveredRules"))).containsExactly("RF-CANCER");
        assertThat(sent.get("clearedOn").getStringValue()).isEqualTo(at(0, 7, 0).toLocalDate().toString());
        assertThat(sent.get("clearanceId").getStringValue()).isNotBlank();
        assertThat(sent.toString()).doesNotContain("Hopper");
    }

    @Test
    void anAppointmentAfterValidUntilIsScreenedWithoutTheClearance() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        String code = code(recordClearance(referral.booking().id()));

        Accepted rebooked = accept(rebooking(referral, code, at(9, 10, 0), "1970-03-14"));

        assertThat(requestOf(rebooked.id()).get("clearance")).isNull();
    }

    @Test
    void anotherClientsDateOfBirthIsRefused400OnClearanceCodeAndNothingIsStored() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        String code = code(recordClearance(referral.booking().id()));

        Http.Response answer = http.postJson("/api/bookings", rebooking(referral, code, at(4, 11, 0), "1971-03-14"),
                Map.of());

        assertRefusedOnClearanceCode(answer);
        assertThat(http.get("/api/availability?service=REMEDIAL_60&date=" + at(4, 11, 0).toLocalDate()
                + "&therapistId=mia").body()).contains(at(4, 11, 0).toLocalDateTime().toString().substring(0, 16));
    }

    @Test
    void anUnknownCodeIsRefused400OnClearanceCode() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));

        assertRefusedOnClearanceCode(http.postJson("/api/bookings",
                rebooking(referral, "not-a-code-we-issued", at(2, 12, 0), "1970-03-14"), Map.of()));
    }

    @Test
    void aCodeWhoseValidUntilHasPassedIsRefused400OnClearanceCode() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        String code = code(recordClearance(referral.booking().id()));
        clock.advance(Duration.ofDays(9));

        assertRefusedOnClearanceCode(http.postJson("/api/bookings",
                rebooking(referral, code, at(10, 10, 0), "1970-03-14"), Map.of()));
    }

    @Test
    void theClientSeesTheRulesClearedByTheDoctorInTheOutcome() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        Accepted rebooked = accept(rebooking(referral, code(recordClearance(referral.booking().id())), at(3, 10, 0),
                "1970-03-14"));
        UUID clearanceId = UUID.fromString(requestOf(rebooked.id()).get("clearance").get("clearanceId").getStringValue());

        outcomes.publish(new BookingCleared(UUID.randomUUID(), 1, clock.instant(), rebooked.id(),
                requestEventId(rebooked.id()), "2026.11-1", clock.instant(), clearanceId,
                List.of(new ClearedRule("RF-CANCER", at(0, 7, 0).toLocalDate()))));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(rebooked)));

        JsonNode cleared = show(rebooked).json().get("outcome").get("cleared");
        assertThat(cleared.get(0).get("ruleId").getStringValue()).isEqualTo("RF-CANCER");
        assertThat(cleared.get(0).get("clearedOn").getStringValue()).isEqualTo(at(0, 7, 0).toLocalDate().toString());
    }

    @Test
    void theTherapistsAgendaSaysClearedByDoctorWithoutTheCondition() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        Accepted rebooked = accept(rebooking(referral, code(recordClearance(referral.booking().id())), at(3, 12, 0),
                "1970-03-14"));
        UUID clearanceId = UUID.fromString(requestOf(rebooked.id()).get("clearance").get("clearanceId").getStringValue());
        outcomes.publish(new BookingCleared(UUID.randomUUID(), 1, clock.instant(), rebooked.id(),
                requestEventId(rebooked.id()), "2026.11-1", clock.instant(), clearanceId,
                List.of(new ClearedRule("RF-CANCER", at(0, 7, 0).toLocalDate()))));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(rebooked)));

        Http.Response agenda = http.get("/api/therapist/bookings?from=" + at(3, 0, 0).toLocalDate() + "&to="
                + at(3, 0, 0).toLocalDate(), bearer("mia", "mia-dev-pass"));

        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode candidate : agenda.json().values()) {
            if (candidate.get("bookingId").getStringValue().equals(rebooked.id().toString())) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the re-booking is on mia's agenda").isNotNull();
        assertThat(entry.get("clearedByDoctor").getBooleanValue()).isTrue();
        assertThat(agenda.body()).doesNotContain("RF-CANCER").doesNotContainIgnoringCase("cancer");
    }

    @Test
    void anOutcomeWithoutClearanceShowsAnEmptyClearedList() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));

        assertThat(show(referral.booking()).json().get("outcome").get("cleared").values()).isEmpty();
    }

    @Test
    void anAdminSetsTheStateWithANoteAndTheListShowsWhoAndWhen() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));

        Http.Response answer = changeState(referral.booking().id(), "CONTACTED", "Called, will see GP on Friday");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("state").getStringValue()).isEqualTo("CONTACTED");
        assertThat(answer.json().get("stateChangedBy").getStringValue()).isEqualTo("admin");
        assertThat(answer.json().get("stateChangedAt").getStringValue()).isNotBlank();
    }

    @Test
    void aStateChangeIsAudited() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));
        changeState(referral.booking().id(), "NOT_PROCEEDING", null);

        Http.Response audit = http.get("/api/admin/audit", admin());

        assertThat(audit.body()).contains("referral.state").contains("booking:" + referral.booking().id())
                .contains("NOT_PROCEEDING");
    }

    @Test
    void anUnknownStateIsRefused400() {
        Referred referral = referred(Tier.REFERRAL, List.of(CANCER));

        Http.Response answer = http.postJson("/api/admin/referrals/" + referral.booking().id() + "/state",
                Map.of("state", "FORGOTTEN"), admin());

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void theListFiltersByState() {
        Referred contacted = referred(Tier.REFERRAL, List.of(CANCER));
        Referred untouched = referred(Tier.REFERRAL, List.of(CANCER));
        changeState(contacted.booking().id(), "CONTACTED", null);

        List<String> listed = ids(http.get("/api/admin/referrals?state=CONTACTED", admin()));

        assertThat(listed).contains(contacted.booking().id().toString())
                .doesNotContain(untouched.booking().id().toString());
    }

    @Test
    void anUrgentReferralNotContactedWithin24HoursIsOverdueAndCounted() {
        Referred referral = referred(Tier.URGENT_REFERRAL, List.of(FEVER));
        assertThat(listed(referral.booking().id(), "").get("overdue").getBooleanValue()).isFalse();
        clock.advance(Duration.ofHours(25));

        overdueReferrals.check();

        assertThat(listed(referral.booking().id(), "").get("overdue").getBooleanValue()).isTrue();
        assertThat(meters.get(OverdueReferrals.GAUGE).gauge().value()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUrgentReferralOnceContactedIsNoLongerOverdue() {
        Referred referral = referred(Tier.URGENT_REFERRAL, List.of(FEVER));
        clock.advance(Duration.ofHours(25));
        overdueReferrals.check();
        double before = meters.get(OverdueReferrals.GAUGE).gauge().value();

        changeState(referral.booking().id(), "CONTACTED", null);
        overdueReferrals.check();

        assertThat(listed(referral.booking().id(), "").get("overdue").getBooleanValue()).isFalse();
        assertThat(meters.get(OverdueReferrals.GAUGE).gauge().value()).isEqualTo(before - 1);
    }

    private record Referred(Accepted booking, Map<String, Object> client, String email) {
    }

    private int nextSlot;

    private Referred referred(Tier tier, List<Reason> reasons) {
        Map<String, Object> body = BookingBodies.valid("mia", at(1, 9 + (nextSlot++ % 8), 0));
        Accepted booking = accept(body);
        outcomes.publish(ReferralRaised.of(booking.id(), requestEventId(booking.id()), "2026.11-1", clock.instant(),
                tier, reasons));
        await().atMost(WAIT).until(() -> "REFERRED".equals(statusOf(booking)));
        Map<String, Object> client = BookingBodies.clientOf(body);
        return new Referred(booking, client, (String) client.get("email"));
    }

    private Map<String, Object> rebooking(Referred referral, String code, OffsetDateTime startsAt, String dateOfBirth) {
        Map<String, Object> body = BookingBodies.valid("mia", startsAt);
        Map<String, Object> client = new LinkedHashMap<>(referral.client());
        client.put("dateOfBirth", dateOfBirth);
        body.put("client", client);
        body.put("clearanceCode", code);
        return body;
    }

    private Http.Response recordClearance(UUID bookingId) {
        return http.postJson("/api/admin/referrals/" + bookingId + "/clearance", Map.of("clinician", "Dr Grace Hopper",
                "clearedOn", at(0, 7, 0).toLocalDate().toString(), "validUntil", VALID_UNTIL,
                "note", "Cleared for remedial massage"), admin());
    }

    private Http.Response changeState(UUID bookingId, String state, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        if (note != null) {
            body.put("note", note);
        }
        return http.postJson("/api/admin/referrals/" + bookingId + "/state", body, admin());
    }

    private static String code(Http.Response clearance) {
        assertThat(clearance.status()).as(clearance.body()).isEqualTo(201);
        return clearance.json().get("clearanceCode").getStringValue();
    }

    private void assertRefusedOnClearanceCode(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("clearanceCode");
    }

    private JsonNode listed(UUID bookingId, String query) {
        Http.Response list = http.get("/api/admin/referrals" + query, admin());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode entry : list.json().values()) {
            if (entry.get("bookingId").getStringValue().equals(bookingId.toString())) {
                return entry;
            }
        }
        throw new AssertionError("referral " + bookingId + " not listed");
    }

    private static List<String> ids(Http.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().values().forEach(entry -> ids.add(entry.get("bookingId").getStringValue()));
        return ids;
    }

    private List<JsonNode> issued(UUID bookingId) {
        return lifecycle.withKey(bookingId).stream().map(lifecycle::json)
                .filter(event -> "ClearanceIssued".equals(event.get("type").getStringValue())).toList();
    }

    private JsonNode requestOf(UUID bookingId) {
        await().atMost(WAIT).until(() -> requested.withKey(bookingId).size() == 1);
        return requested.json(requested.withKey(bookingId).get(0));
    }

    private UUID requestEventId(UUID bookingId) {
        return UUID.fromString(requestOf(bookingId).get("eventId").getStringValue());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.getStringValue()));
        return values;
    }

    private Map<String, String> admin() {
        return bearer("admin", "admin-dev-pass");
    }

    private Map<String, String> bearer(String username, String password) {
        Http.Response login = http.postJson("/login", Map.of("username", username, "password", password), Map.of());
        return Map.of("Authorization", "Bearer " + login.json().get("access_token").getStringValue());
    }
}
