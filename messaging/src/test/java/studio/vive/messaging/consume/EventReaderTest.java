package studio.vive.messaging.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventReaderTest {

    private static final String REQUESTED = GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED);

    private ApplicationContext context;
    private EventReader reader;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(Map.of("vive.outbox.enabled", "false"));
        reader = context.getBean(EventReader.class);
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @Test
    void readsTheGoldenBookingRequested() throws UnreadableEventException {
        BookingRequested event = reader.read(record(REQUESTED), EventTopic.BOOKING_REQUESTED);

        assertEquals(LegPain.NONE, event.screening().legPain());
        assertEquals(5, event.screening().painDurationDays());
    }

    @Test
    void readsEachOutcomeAsItsConcreteType() throws UnreadableEventException {
        ScreeningOutcome cleared = reader.read(record(GoldenSamples.json(GoldenSamples.BOOKING_CLEARED)),
                EventTopic.SCREENING_OUTCOMES);
        ScreeningOutcome referral = reader.read(record(GoldenSamples.json(GoldenSamples.REFERRAL_RAISED)),
                EventTopic.SCREENING_OUTCOMES);

        assertEquals(BookingCleared.class, cleared.getClass());
        assertEquals(Tier.URGENT_REFERRAL, ((ReferralRaised) referral).urgency());
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() throws UnreadableEventException {
        String newer = REQUESTED.strip().replaceFirst("\\{", "{\"addedLater\": {\"x\": [1, 2]}, ");

        assertEquals(reader.read(record(REQUESTED), EventTopic.BOOKING_REQUESTED),
                reader.read(record(newer), EventTopic.BOOKING_REQUESTED));
    }

    @Test
    void refusesSomethingThatIsNotJsonWithoutQuotingIt() {
        String reason = refusal("{\"eventId\": SECRET-ANSWER", EventTopic.BOOKING_REQUESTED);

        assertEquals("value is not valid JSON", reason);
    }

    @Test
    void refusesAnEmptyRecord() {
        assertEquals("record has no value", refusal("", EventTopic.BOOKING_REQUESTED));
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertEquals("value is not a JSON object", refusal("[1, 2]", EventTopic.BOOKING_REQUESTED));
    }

    @Test
    void refusesAnUnknownSchemaVersion() {
        String reason = refusal(REQUESTED.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
                EventTopic.BOOKING_REQUESTED);

        assertEquals("unsupported schemaVersion 2 of BookingRequested (this consumer reads 1)", reason);
    }

    @Test
    void readsTheSchemaVersionOfTheTopicNotOfTheRecordClass() {
        EventTopic<BookingRequested> nextVersion = new EventTopic<>(Topics.BOOKING_REQUESTED, BookingRequested.class, 2);

        String reason = assertThrows(UnreadableEventException.class,
                () -> reader.read(record(REQUESTED), nextVersion)).getMessage();

        assertEquals("unsupported schemaVersion 1 of BookingRequested (this consumer reads 2)", reason);
    }

    @Test
    void refusesAMissingSchemaVersion() {
        String reason = refusal(REQUESTED.replace("\"schemaVersion\": 1,", ""), EventTopic.BOOKING_REQUESTED);

        assertEquals("schemaVersion is missing or not a number", reason);
    }

    @Test
    void refusesAMissingAnswerNamingTheFieldNotTheValues() {
        String reason = refusal(REQUESTED.replace("\"legPain\": \"NONE\",", ""), EventTopic.BOOKING_REQUESTED);

        assertEquals("invalid BookingRequested: screening.legPain must not be null", reason);
    }

    @Test
    void refusesAnOutOfRangeAnswer() {
        String reason = refusal(REQUESTED.replace("\"painDurationDays\": 5", "\"painDurationDays\": -3"),
                EventTopic.BOOKING_REQUESTED);

        assertEquals("invalid BookingRequested: screening.painDurationDays must be greater than or equal to 0", reason);
        assertFalse(reason.contains("-3"));
    }

    @Test
    void refusesAnAnswerOfTheWrongType() {
        String reason = refusal(REQUESTED.replace("\"legPain\": \"NONE\"", "\"legPain\": \"SOMETIMES\""),
                EventTopic.BOOKING_REQUESTED);

        assertEquals("value does not match BookingRequested", reason);
    }

    @Test
    void refusesAnUnknownOutcomeType() {
        String reason = refusal(GoldenSamples.json(GoldenSamples.BOOKING_CLEARED)
                .replace("\"BookingCleared\"", "\"BookingMaybe\""), EventTopic.SCREENING_OUTCOMES);

        assertEquals("unknown type BookingMaybe for ScreeningOutcome", reason);
    }

    private String refusal(String value, EventTopic<?> topic) {
        return assertThrows(UnreadableEventException.class, () -> reader.read(record(value), topic)).getMessage();
    }

    private static ConsumerRecord<String, byte[]> record(String value) {
        return new ConsumerRecord<>(Topics.BOOKING_REQUESTED, 0, 0, "3b241101-e2bb-4255-8caf-4136c566a962",
                value.getBytes(StandardCharsets.UTF_8));
    }
}
