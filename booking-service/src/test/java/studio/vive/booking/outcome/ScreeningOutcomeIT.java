package studio.vive.booking.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.BookingBodies.clientOf;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.JsonShape;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;

/**
 * Screening outcomes arriving on Kafka change the booking once, and booking-service tells
 * notification-service in the same transaction.
 */
@MicronautTest(transactional = false)
class ScreeningOutcomeIT extends ServiceTest {

    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RULE_SET = "2026.11-1";
    private static final List<Reason> URGENT_REASONS = List.of(
            new Reason("RF-LEG-NEURO", "You told us about weakness, numbness or tingling down one or both legs."),
            new Reason("RF-CANCER", "You told us you have a history of cancer."));

    private TopicRecords requested;
    private TopicRecords lifecycle;
    private OutcomePublisher outcomes;

    @Override
    protected String databaseName() {
        return "booking_outcomes";
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

    /** The event id of the booking's BookingRequested, as screening would answer it. */
    private UUID requestEventId(Accepted booking) {
        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        return UUID.fromString(requested.json(requested.withKey(booking.id()).get(0)).get("eventId").getStringValue());
    }

    private BookingCleared cleared(Accepted booking) {
        return BookingCleared.of(booking.id(), requestEventId(booking), RULE_SET, Instant.now());
    }

    private ReferralRaised referral(Accepted booking, Tier tier) {
        return ReferralRaised.of(booking.id(), requestEventId(booking), RULE_SET, Instant.now(), tier, URGENT_REASONS);
    }

    private void awaitStatus(Accepted booking, String status) {
        await().atMost(WAIT).until(() -> status.equals(statusOf(booking)));
    }

    private List<JsonNode> lifecycleEvents(Accepted booking) {
        return lifecycle.withKey(booking.id()).stream().map(lifecycle::json).toList();
    }

    private void awaitExactlyOneLifecycleEvent(Accepted booking) {
        await().atMost(WAIT).until(() -> lifecycle.withKey(booking.id()).size() == 1);
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> lifecycle.withKey(booking.id()).size() == 1);
    }

    @Test
    void aClearedBookingIsConfirmedWithOutcomeCleared() {
        Accepted booking = book("mia", at(1, 9, 0));

        outcomes.publish(cleared(booking));

        awaitStatus(booking, "CONFIRMED");
        JsonNode outcome = show(booking).json().get("outcome");
        assertThat(outcome.get("tier").getStringValue()).isEqualTo("CLEARED");
        assertThat(outcome.get("reasons").size()).isZero();
    }

    @Test
    void aConfirmationPublishesBookingConfirmedWithContactAppointmentAndAWorkingManageLink() {
        Map<String, Object> body = BookingBodies.valid("mia", at(1, 11, 0));
        Accepted booking = accept(body);

        outcomes.publish(cleared(booking));

        awaitExactlyOneLifecycleEvent(booking);
        JsonNode event = lifecycleEvents(booking).get(0);
        assertThat(event.get("type").getStringValue()).isEqualTo("BookingConfirmed");
        assertThat(event.get("client").get("email").getStringValue()).isEqualTo(clientOf(body).get("email"));
        assertThat(event.get("appointment").get("serviceName").getStringValue()).isEqualTo("Remedial massage, 60 minutes");
        assertThat(event.get("appointment").get("startsAt").getStringValue()).isEqualTo("2030-06-04T11:00:00+10:00");
        assertThat(event.get("appointment").get("endsAt").getStringValue()).isEqualTo("2030-06-04T12:00:00+10:00");
        assertThat(event.get("appointment").get("therapist").get("name").getStringValue()).isEqualTo("Mia Chen");
        assertThat(event.get("manageUrl")).as("no bearer credential on Kafka (issue 13)").isNull();
        assertThat(lifecycle.valuesWithKey(booking.id()).get(0)).doesNotContain("token=");
        assertThat(lifecycle.valuesWithKey(booking.id()).get(0)).doesNotContain((String) clientOf(body).get("phone"));
    }

    @Test
    void aReferralRefersTheBookingStoresTierAndReasonsAndReleasesTheSlot() {
        Accepted booking = book("mia", at(1, 13, 0));

        outcomes.publish(referral(booking, Tier.URGENT_REFERRAL));

        awaitStatus(booking, "REFERRED");
        JsonNode outcome = show(booking).json().get("outcome");
        assertThat(outcome.get("tier").getStringValue()).isEqualTo("URGENT_REFERRAL");
        assertThat(outcome.get("reasons").get(0).get("ruleId").getStringValue()).isEqualTo("RF-LEG-NEURO");
        assertThat(outcome.get("reasons").get(1).get("message").getStringValue())
                .isEqualTo("You told us you have a history of cancer.");
        assertThat(http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 13, 0)), Map.of()).status())
                .isEqualTo(202);
    }

    @Test
    void aReferralPublishesBookingReferredWithTierAndReasons() {
        Accepted booking = book("mia", at(1, 15, 0));

        outcomes.publish(referral(booking, Tier.REFERRAL));

        awaitExactlyOneLifecycleEvent(booking);
        JsonNode event = lifecycleEvents(booking).get(0);
        assertThat(event.get("type").getStringValue()).isEqualTo("BookingReferred");
        assertThat(event.get("tier").getStringValue()).isEqualTo("REFERRAL");
        assertThat(event.get("reasons").size()).isEqualTo(2);
    }

    @Test
    void aRedeliveredOutcomeChangesNothingAndPublishesNothingMore() {
        Accepted booking = book("noah", at(1, 10, 0));
        BookingCleared outcome = cleared(booking);

        outcomes.publish(outcome);
        awaitStatus(booking, "CONFIRMED");
        outcomes.publish(outcome);
        outcomes.publish(outcome);

        awaitExactlyOneLifecycleEvent(booking);
        assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aSecondDecisionForADecidedBookingIsIgnored() {
        Accepted booking = book("noah", at(1, 12, 0));
        outcomes.publish(cleared(booking));
        awaitStatus(booking, "CONFIRMED");

        outcomes.publish(referral(booking, Tier.URGENT_REFERRAL));

        awaitExactlyOneLifecycleEvent(booking);
        assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
        assertThat(show(booking).json().get("outcome").get("tier").getStringValue()).isEqualTo("CLEARED");
    }

    @Test
    void aBookingCancelledDuringScreeningIsNeverConfirmed() {
        Accepted booking = book("noah", at(1, 14, 0));
        UUID requestEventId = requestEventId(booking);
        assertThat(http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of(TOKEN, booking.token()))
                .status()).isEqualTo(200);

        outcomes.publish(BookingCleared.of(booking.id(), requestEventId, RULE_SET, Instant.now()));

        await().atMost(WAIT).until(() -> show(booking).json().get("outcome") != null
                && !show(booking).json().get("outcome").isNull());
        assertThat(statusOf(booking)).isEqualTo("CANCELLED");
        awaitExactlyOneLifecycleEvent(booking);
        assertThat(lifecycleEvents(booking).get(0).get("type").getStringValue()).isEqualTo("BookingCancelled");
    }

    @Test
    void aConfirmedBookingCanBeCancelled() {
        Accepted booking = book("ava", at(2, 9, 0));
        outcomes.publish(cleared(booking));
        awaitStatus(booking, "CONFIRMED");

        Http.Response response = http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of(TOKEN, booking.token()));

        assertThat(response.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> lifecycleEvents(booking).stream()
                .anyMatch(e -> e.get("type").getStringValue().equals("BookingCancelled")));
    }

    @Test
    void aReferredBookingCannotBeCancelled() {
        Accepted booking = book("ava", at(2, 11, 0));
        outcomes.publish(referral(booking, Tier.REFERRAL));
        awaitStatus(booking, "REFERRED");

        Http.Response response = http.postEmpty("/api/bookings/" + booking.id() + "/cancel", Map.of(TOKEN, booking.token()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void theGoldenBookingClearedSampleWithAnExtraFieldConfirmsTheBooking() {
        Accepted booking = book("ava", at(2, 13, 0));
        String requestEventId = requestEventId(booking).toString();
        String eventId = UUID.randomUUID().toString();
        String sample = GoldenSamples.json(GoldenSamples.BOOKING_CLEARED)
                .replace("3b241101-e2bb-4255-8caf-4136c566a962", booking.id().toString())
                .replace("6f1c2c2e-8a4b-4c61-9a8e-0d4f7f3f9a01", requestEventId)
                .replace("0c9a7e55-1d0b-4a8e-9a51-5f2f1b7f6c02", eventId)
                .replaceFirst("\\{", "{\"addedInAMinorVersion\": \"ignored\",");

        outcomes.publishJson(booking.id().toString(), sample, "BookingCleared", eventId);

        awaitStatus(booking, "CONFIRMED");
    }

    @Test
    void theGoldenReferralRaisedSampleRefersTheBookingWithItsReasons() {
        Accepted booking = book("ava", at(2, 15, 0));
        String eventId = UUID.randomUUID().toString();
        String sample = GoldenSamples.json(GoldenSamples.REFERRAL_RAISED)
                .replace("5d8e2a14-7f3c-4b9a-a1e6-9c4b2d7e8f10", booking.id().toString())
                .replace("b2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e04", requestEventId(booking).toString())
                .replace("a7d3e0f4-2c1b-4f7e-8d6a-3b9c5e1f7d03", eventId);

        outcomes.publishJson(booking.id().toString(), sample, "ReferralRaised", eventId);

        awaitStatus(booking, "REFERRED");
        assertThat(show(booking).json().get("outcome").get("reasons").get(1).get("ruleId").getStringValue())
                .isEqualTo("RF-CANCER");
    }

    @Test
    void anUnreadableOutcomeIsDeadLetteredAndTheNextOutcomeStillApplies() {
        Accepted booking = book("noah", at(2, 10, 0));
        String poisonKey = UUID.randomUUID().toString();

        try (TopicRecords deadLetters = new TopicRecords(EventTopic.SCREENING_OUTCOMES.deadLetter())) {
            outcomes.publishJson(poisonKey, "{\"type\": \"BookingCleared\", \"schemaVersion\": 1, \"bookingId\": 42",
                    "BookingCleared", UUID.randomUUID().toString());
            outcomes.publish(cleared(booking));

            awaitStatus(booking, "CONFIRMED");
            await().atMost(WAIT).until(() -> deadLetters.withKey(UUID.fromString(poisonKey)).size() == 1);
        }
    }

    @Test
    void producedEventsHaveTheShapesOfTheGoldenSamples() {
        Accepted confirmed = book("mia", at(3, 9, 0));
        Accepted referred = book("mia", at(3, 11, 0));
        Accepted cancelled = book("mia", at(3, 13, 0));
        outcomes.publish(cleared(confirmed));
        outcomes.publish(referral(referred, Tier.URGENT_REFERRAL));
        http.postEmpty("/api/bookings/" + cancelled.id() + "/cancel", Map.of(TOKEN, cancelled.token()));

        await().atMost(WAIT).until(() -> lifecycle.withKey(confirmed.id()).size() == 1
                && lifecycle.withKey(referred.id()).size() == 1 && lifecycle.withKey(cancelled.id()).size() == 1);

        assertThat(JsonShape.of(requested.valuesWithKey(confirmed.id()).get(0)))
                .isEqualTo(JsonShape.of(GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED)));
        assertThat(JsonShape.of(lifecycle.valuesWithKey(confirmed.id()).get(0)))
                .isEqualTo(JsonShape.of(GoldenSamples.json(GoldenSamples.BOOKING_CONFIRMED_WITHOUT_MANAGE_URL)));
        assertThat(JsonShape.of(lifecycle.valuesWithKey(referred.id()).get(0)))
                .isEqualTo(JsonShape.of(GoldenSamples.json(GoldenSamples.BOOKING_REFERRED)));
        assertThat(JsonShape.of(lifecycle.valuesWithKey(cancelled.id()).get(0)))
                .isEqualTo(JsonShape.of(GoldenSamples.json(GoldenSamples.BOOKING_CANCELLED)));
    }
}
