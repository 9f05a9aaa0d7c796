package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.BookingBodies.clientOf;
import static studio.vive.booking.support.BookingBodies.screeningOf;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.Topics;

/** {@code POST /api/bookings} and {@code GET /api/bookings/{id}}: acceptance, events, errors. */
@MicronautTest(transactional = false)
class BookingApiIT extends ServiceTest {

    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TopicRecords requested;
    private Rows rows;

    @Override
    protected String databaseName() {
        return "booking_api";
    }

    @BeforeAll
    void openTopic() {
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        rows = new Rows(databaseName());
    }

    @AfterAll
    void closeTopic() {
        requested.close();
    }

    @Test
    void anAcceptedRequestAnswers202WithLocationIdPendingStatusAndAccessToken() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(1, 9, 0)), Map.of());

        assertThat(response.status()).isEqualTo(202);
        JsonNode body = response.json();
        String id = body.get("id").getStringValue();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(body.get("status").getStringValue()).isEqualTo("PENDING_SCREENING");
        assertThat(body.get("accessToken").getStringValue()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(response.header("Location")).hasValue("/api/bookings/" + id);
    }

    @Test
    void anAcceptedRequestPublishesExactlyOneBookingRequestedWithoutContactDetails() {
        Map<String, Object> body = BookingBodies.valid("mia", at(1, 11, 0));
        Accepted booking = accept(body);

        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> requested.withKey(booking.id()).size() == 1);

        ConsumerRecord<String, byte[]> record = requested.withKey(booking.id()).get(0);
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(payload)
                .doesNotContain((String) clientOf(body).get("email"))
                .doesNotContain((String) clientOf(body).get("phone"))
                .doesNotContain("Lovelace");
        JsonNode event = requested.json(record);
        assertThat(event.get("bookingId").getStringValue()).isEqualTo(booking.id().toString());
        assertThat(event.get("appointmentDate").getStringValue()).isEqualTo("2030-06-04");
        assertThat(event.get("clientDateOfBirth").getStringValue()).isEqualTo("1970-03-14");
        assertThat(event.get("screening").get("cause").getStringValue()).isEqualTo("SPORT_INJURY");
        assertThat(TopicRecords.header(record, Topics.HEADER_EVENT_ID)).isEqualTo(event.get("eventId").getStringValue());
        assertThat(TopicRecords.header(record, Topics.HEADER_EVENT_TYPE)).isEqualTo("BookingRequested");
    }

    @Test
    void theScreeningAnswersAreNotKeptOnceTheEventIsPublished() {
        Accepted booking = book("mia", at(1, 13, 0));

        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        await().atMost(WAIT).until(() -> rows.query("SELECT count(*) FROM outbox WHERE key = ?",
                booking.id().toString()) == 0);
    }

    @Test
    void theAccessTokenShowsTheBookingWithStudioTimesAndNoOutcomeYet() {
        Accepted booking = book("mia", at(1, 15, 0));

        Http.Response response = show(booking);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("id").getStringValue()).isEqualTo(booking.id().toString());
        assertThat(body.get("status").getStringValue()).isEqualTo("PENDING_SCREENING");
        assertThat(body.get("serviceCode").getStringValue()).isEqualTo("REMEDIAL_60");
        assertThat(body.get("therapistId").getStringValue()).isEqualTo("mia");
        assertThat(body.get("startsAt").getStringValue()).isEqualTo("2030-06-04T15:00:00+10:00");
        assertThat(body.get("endsAt").getStringValue()).isEqualTo("2030-06-04T16:00:00+10:00");
        assertThat(body.get("outcome") == null || body.get("outcome").isNull()).isTrue();
    }

    @Test
    void aWrongTokenIsAnswered404LikeAnUnknownBooking() {
        Accepted booking = book("mia", at(9, 9, 0));

        Http.Response wrong = http.get("/api/bookings/" + booking.id(), Map.of(TOKEN, "not-the-token"));
        Http.Response unknown = http.get("/api/bookings/" + UUID.randomUUID(), Map.of(TOKEN, booking.token()));

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.contentType()).startsWith(PROBLEM_JSON);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrong.json().get("detail").getStringValue()).isEqualTo(unknown.json().get("detail").getStringValue());
    }

    @Test
    void aMissingTokenIsAnswered404() {
        Accepted booking = book("mia", at(9, 11, 0));

        assertThat(http.get("/api/bookings/" + booking.id()).status()).isEqualTo(404);
    }

    @Test
    void aMalformedBookingIdIsAnswered404() {
        Http.Response response = http.get("/api/bookings/not-a-uuid", Map.of(TOKEN, "x"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void invalidInputIsAnswered400NamingEveryBadFieldAndNothingIsStoredOrQueued() {
        long bookingsBefore = rows.count("booking");
        long outboxBefore = rows.count("outbox");
        Map<String, Object> body = BookingBodies.valid("mia", at(2, 10, 0));
        clientOf(body).put("email", "not-an-email");
        screeningOf(body).remove("legPain");
        body.put("consent", false);

        Http.Response response = http.postJson("/api/bookings", body, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.errorFields()).containsExactly("client.email", "consent", "screening.legPain");
        assertThat(response.body()).doesNotContain("not-an-email");
        assertThat(rows.count("booking")).isEqualTo(bookingsBefore);
        assertThat(rows.count("outbox")).isLessThanOrEqualTo(outboxBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10000-01-01", "0000-01-01", "1899-12-31", "+10000-01-01", "9999-12-31"})
    void anAbsurdDateOfBirthIsAnswered400NamingItAndNothingIsStored(String dateOfBirth) {
        long bookingsBefore = rows.count("booking");
        Map<String, Object> body = BookingBodies.valid("mia", at(2, 10, 0));
        clientOf(body).put("dateOfBirth", dateOfBirth);

        Http.Response response = http.postJson("/api/bookings", body, Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.errorFields()).containsExactly("client.dateOfBirth");
        assertThat(rows.count("booking")).isEqualTo(bookingsBefore);
    }

    @Test
    void everyMissingScreeningAnswerIsAnError() {
        Map<String, Object> body = BookingBodies.valid("mia", at(2, 10, 0));
        screeningOf(body).clear();

        Http.Response response = http.postJson("/api/bookings", body, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).hasSize(14).allMatch(field -> field.startsWith("screening."));
    }

    @Test
    void wrongJsonTypesAreNamedWithTheOtherBadFields() {
        Map<String, Object> body = BookingBodies.valid("mia", at(2, 10, 0));
        screeningOf(body).put("legPain", 2);
        screeningOf(body).put("painDurationDays", "5");
        screeningOf(body).put("improving", "yes");
        body.put("consent", "true");
        clientOf(body).remove("name");

        Http.Response response = http.postJson("/api/bookings", body, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("client.name", "consent", "screening.improving",
                "screening.legPain", "screening.painDurationDays");
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheAllowedValues() {
        Map<String, Object> body = BookingBodies.valid("mia", at(2, 10, 0));
        screeningOf(body).put("cause", "ALIENS");

        Http.Response response = http.postJson("/api/bookings", body, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("screening.cause");
        assertThat(response.body()).contains("SPORT_INJURY, MUSCLE_IMBALANCE, POSTURE, OTHER, UNKNOWN");
    }

    @Test
    void namesWithMarkupOrControlCharactersAreRefused() {
        for (String name : new String[] {"<script>alert(1)</script>", "Ada\r\nINFO forged",
                "Robert'); DROP TABLE booking;--", "\u202EecalevoL adA", "   ", "admin'--"}) {
            Map<String, Object> body = BookingBodies.valid("mia", at(2, 10, 0));
            clientOf(body).put("name", name);

            Http.Response response = http.postJson("/api/bookings", body, Map.of());

            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.errorFields()).as(name).containsExactly("client.name");
        }
    }

    @Test
    void realNamesInAnyScriptAreAccepted() {
        String[] names = {"Seán O'Brien", "José-María Núñez", "李小龙", "Dr. Ada King"};
        for (int i = 0; i < names.length; i++) {
            Map<String, Object> body = BookingBodies.valid("mia", at(2, 9 + 2 * i, 0));
            clientOf(body).put("name", names[i]);

            assertThat(http.postJson("/api/bookings", body, Map.of()).status()).as(names[i]).isEqualTo(202);
        }
    }

    @Test
    void malformedJsonIsAnswered400Problem() {
        Http.Response response = http.postJson("/api/bookings", "{\"client\": ", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").getStringValue()).endsWith("/malformed-body");
    }

    @Test
    void aSecondJsonDocumentAfterTheFirstIsRefusedNotIgnored() throws Exception {
        String valid = json.writeValueAsString(BookingBodies.valid("mia", at(2, 15, 0)));
        long bookingsBefore = rows.count("booking");

        Http.Response response = http.postJson("/api/bookings", valid + valid, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(rows.count("booking")).isEqualTo(bookingsBefore);
    }

    @Test
    void aBodyThatIsNotAnObjectIsAnswered400() {
        for (String body : new String[] {"[]", "42", "\"booking\"", "null"}) {
            Http.Response response = http.postJson("/api/bookings", body, Map.of());

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).startsWith(PROBLEM_JSON);
        }
    }

    @Test
    void anEmptyBodyIsAnswered400() {
        Http.Response response = http.post("/api/bookings", new byte[0], "application/json", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aBodyThatIsNotJsonIsAnswered415() {
        Http.Response response = http.post("/api/bookings", "client=Ada".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aBodyOverTheConfiguredLimitIsAnswered413() {
        Map<String, Object> body = BookingBodies.valid("mia", at(2, 16, 0));
        body.put("padding", "x".repeat(20_000));

        Http.Response response = http.postJson("/api/bookings", body, Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aTimeOutsideTheTherapistsHoursIsAnswered400SayingWhy() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(3, 17, 0)), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").getStringValue()).contains("working hours");
        assertThat(response.errorFields()).containsExactly("startsAt");
    }

    @Test
    void withoutATherapistATimeWhenNobodyWorksIsAnswered400SayingWhy() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid(null, at(5, 6, 0)), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").getStringValue()).contains("No therapist works at that time");
    }

    @Test
    void aTimeInsideTheMinimumNoticeIsAnswered400SayingWhy() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(0, 8, 30)), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").getStringValue()).contains("at least 2 hours ahead");
    }

    @Test
    void aTimeBeyondTheHorizonIsAnswered400SayingWhy() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(63, 10, 0)), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").getStringValue()).contains("at most 60 days ahead");
    }

    @Test
    void aTimeOffTheSlotGridIsAnswered400() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(3, 10, 10)), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").getStringValue()).contains("every 30 minutes");
    }

    @Test
    void anUnknownServiceOrTherapistIsNamed() {
        Map<String, Object> body = BookingBodies.valid("nobody", at(3, 10, 0));
        Http.Response unknownTherapist = http.postJson("/api/bookings", body, Map.of());
        body.put("therapistId", "mia");
        body.put("serviceCode", "HOT_STONE_999");
        Http.Response unknownService = http.postJson("/api/bookings", body, Map.of());

        assertThat(unknownTherapist.status()).isEqualTo(400);
        assertThat(unknownTherapist.errorFields()).containsExactly("therapistId");
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(unknownService.errorFields()).containsExactly("serviceCode");
    }

    @Test
    void aHeldSlotIsAnswered409AndNothingIsStored() {
        book("mia", at(4, 10, 0));
        long bookingsBefore = rows.count("booking");

        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(4, 10, 0)), Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(rows.count("booking")).isEqualTo(bookingsBefore);
    }

    @Test
    void theBufferAfterAnAppointmentIsHeldToo() {
        book("mia", at(4, 13, 0));

        Http.Response insideBuffer = http.postJson("/api/bookings", BookingBodies.valid("mia", at(4, 14, 0)), Map.of());
        Http.Response afterBuffer = http.postJson("/api/bookings", BookingBodies.valid("mia", at(4, 14, 30)), Map.of());

        assertThat(insideBuffer.status()).isEqualTo(409);
        assertThat(afterBuffer.status()).isEqualTo(202);
    }

    @Test
    void withoutATherapistAnyFreeTherapistWhoWorksThenIsChosen() {
        Accepted first = book(null, at(7, 9, 0));
        Accepted second = book(null, at(7, 9, 0));

        assertThat(show(first).json().get("therapistId").getStringValue())
                .isNotEqualTo(show(second).json().get("therapistId").getStringValue());
        // on Mondays only mia and ava work at 09:00
        Http.Response third = http.postJson("/api/bookings", BookingBodies.valid(null, at(7, 9, 0)), Map.of());
        assertThat(third.status()).isEqualTo(409);
    }

    @Test
    void theSameIdempotencyKeyWithTheSameBodyReturnsTheSameBookingAndPublishesNothingNew() {
        Map<String, Object> body = BookingBodies.valid("mia", at(8, 10, 0));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Http.Response first = http.postJson("/api/bookings", body, key);
        Http.Response again = http.postJson("/api/bookings", body, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        UUID id = UUID.fromString(first.json().get("id").getStringValue());
        assertThat(again.json().get("id").getStringValue()).isEqualTo(id.toString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        String replayToken = again.json().get("accessToken").getStringValue();
        assertThat(show(new Accepted(id, replayToken)).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> requested.withKey(id).size() == 1);
        await().during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> requested.withKey(id).size() == 1);
    }

    @Test
    void anUnusableIdempotencyKeyIsNamed() {
        Http.Response response = http.postJson("/api/bookings", BookingBodies.valid("mia", at(8, 16, 0)),
                Map.of("Idempotency-Key", "x".repeat(300)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("Idempotency-Key");
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAnswered422() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(http.postJson("/api/bookings", BookingBodies.valid("mia", at(8, 13, 0)), key).status())
                .isEqualTo(202);

        Http.Response other = http.postJson("/api/bookings", BookingBodies.valid("mia", at(8, 15, 0)), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith(PROBLEM_JSON);
        assertThat(other.json().get("type").getStringValue()).endsWith("/idempotency-key-reused");
    }
}
