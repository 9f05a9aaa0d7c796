package studio.vive.messaging.consume;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.messaging.TopicRecords.header;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.Topics;
import studio.vive.messaging.MessagingTestDatabase;
import studio.vive.messaging.TopicRecords;
import studio.vive.messaging.consume.ScriptedHandler.Failure;
import studio.vive.messaging.consume.ScriptedHandler.Handled;
import studio.vive.testsupport.SharedInfrastructure;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundEventsIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GOLDEN = GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED);
    private static final String GOLDEN_BOOKING = "3b241101-e2bb-4255-8caf-4136c566a962";
    private static final String GOLDEN_EVENT = "6f1c2c2e-8a4b-4c61-9a8e-0d4f7f3f9a01";

    @Inject
    ScriptedHandler handler;
    @Inject
    InboundTestListener listener;

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new ByteArraySerializer());
    private final TopicRecords deadLetters = new TopicRecords(kafka, EventTopic.BOOKING_REQUESTED.deadLetter());

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = MessagingTestDatabase.properties("messaging_inbound", "InboundEventsIT");
        properties.put("vive.outbox.enabled", "false");
        // Short, so a longer outage exercises the hand-back to the listener's error strategy.
        properties.put("vive.inbound.transient-retry-budget", "500ms");
        // Fail fast while PostgreSQL is stopped, instead of Hikari's 30 s.
        properties.put("datasources.default.connection-timeout", "1000");
        return properties;
    }

    @AfterAll
    void close() {
        producer.close();
        deadLetters.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad JSON                 | {\"eventId\": oops                  | value is not valid JSON",
        "unknown schema version   | SCHEMA_2                            | unsupported schemaVersion 2 of BookingRequested (this consumer reads 1)",
        "a missing answer         | NO_LEG_PAIN                         | invalid BookingRequested: screening.legPain must not be null"})
    void anUnreadableRecordIsDeadLetteredWithItsReasonAndTheNextRecordIsStillProcessed(
            String what, String poison, String reason) {
        UUID booking = UUID.randomUUID();
        String value = switch (poison) {
            case "SCHEMA_2" -> requested(booking, UUID.randomUUID()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
            case "NO_LEG_PAIN" -> requested(booking, UUID.randomUUID()).replace("\"legPain\": \"NONE\",", "");
            default -> poison;
        };
        UUID next = UUID.randomUUID();

        ProducerRecord<String, byte[]> sent = send(booking, value);
        send(booking, requested(booking, next));

        ConsumerRecord<String, byte[]> letter = deadLetters.awaitKey(booking.toString(), 1, WAIT).get(0);
        assertEquals(reason, header(letter, Topics.HEADER_DLT_REASON));
        assertTrue(header(letter, Topics.HEADER_DLT_ORIGIN).startsWith(Topics.BOOKING_REQUESTED + "/"));
        assertArrayEquals(sent.value(), letter.value());
        assertEquals("test-header-value", header(letter, "test-header"));
        await().atMost(WAIT).until(() -> handled(booking).contains(next));
    }

    @Test
    void aTransientFailureIsRetriedUntilItSucceedsAndNeverSkipped() {
        UUID booking = UUID.randomUUID();
        UUID flaky = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        handler.fail(flaky, Failure.TRANSIENT, attempt -> attempt <= 3);

        send(booking, requested(booking, flaky));
        send(booking, requested(booking, after));

        await().atMost(WAIT).until(() -> handled(booking).size() == 2);
        assertEquals(List.of(flaky, after), handled(booking));
        assertEquals(4, handler.attempts(flaky));
        assertNothingDeadLetteredFor(booking);
    }

    @Test
    void aTransientFailureOutlastingTheRetryBudgetIsHandedBackToTheListenerAndStillProcessedOnce() {
        UUID booking = UUID.randomUUID();
        UUID slow = UUID.randomUUID();
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        handler.fail(slow, Failure.TRANSIENT, attempt -> System.nanoTime() < until);

        send(booking, requested(booking, slow));

        await().atMost(WAIT).until(() -> handled(booking).size() == 1);
        assertEquals(List.of(slow), handled(booking));
        assertNothingDeadLetteredFor(booking);
    }

    @Test
    void aRecordIsRetriedWhilePostgresqlIsDownAndProcessedWhenItIsBack() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        UUID booking = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        infrastructure.stopPostgres();
        try {
            send(booking, requested(booking, event));
            // More attempts than a permanent failure gets: a misclassified outage would be dead-lettered.
            await().atMost(WAIT).until(() -> handler.attempts(event) > 3);
        } finally {
            infrastructure.startPostgres();
        }

        await().atMost(WAIT).until(() -> handled(booking).size() == 1);
        assertEquals(List.of(event), handled(booking));
        assertNothingDeadLetteredFor(booking);
    }

    @Test
    void aPermanentFailureIsDeadLetteredAfterBoundedAttemptsAndTheNextRecordIsProcessed() {
        UUID booking = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        handler.fail(broken, Failure.PERMANENT, attempt -> true);

        send(booking, requested(booking, broken));
        send(booking, requested(booking, next));

        ConsumerRecord<String, byte[]> letter = deadLetters.awaitKey(booking.toString(), 1, WAIT).get(0);
        assertTrue(header(letter, Topics.HEADER_DLT_REASON).startsWith("processing failed 3 times: IllegalStateException at "),
                header(letter, Topics.HEADER_DLT_REASON));
        assertEquals(3, handler.attempts(broken));
        await().atMost(WAIT).until(() -> handled(booking).contains(next));
    }

    @Test
    void anEventTheHandlerRejectsIsDeadLetteredAtOnceWithItsReason() {
        UUID booking = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        handler.fail(rejected, Failure.REJECTED, attempt -> true);

        send(booking, requested(booking, rejected));
        send(booking, requested(booking, next));

        ConsumerRecord<String, byte[]> letter = deadLetters.awaitKey(booking.toString(), 1, WAIT).get(0);
        assertEquals("rejected: the appointment is in the past", header(letter, Topics.HEADER_DLT_REASON));
        assertEquals(1, handler.attempts(rejected));
        await().atMost(WAIT).until(() -> handled(booking).contains(next));
    }

    @Test
    void theBookingAndEventIdsAreInTheLoggingContextWhileHandlingAndClearedAfter() {
        UUID booking = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        send(booking, requested(booking, event));

        await().atMost(WAIT).until(() -> handled(booking).size() == 1);
        Handled handled = handler.handledFor(booking).get(0);
        assertEquals(booking.toString(), handled.mdcBookingId());
        assertEquals(event.toString(), handled.mdcEventId());
        assertTrue(listener.mdcLeftClean);
    }

    /** A poison record after the ones under test: if it is the only dead letter of the booking, none was before. */
    private void assertNothingDeadLetteredFor(UUID booking) {
        send(booking, "not json");
        List<ConsumerRecord<String, byte[]>> letters = deadLetters.awaitKey(booking.toString(), 1, WAIT);
        assertEquals(List.of("not json"), letters.stream().map(TopicRecords::value).toList());
    }

    private List<UUID> handled(UUID booking) {
        return handler.handledFor(booking).stream().map(Handled::eventId).toList();
    }

    private ProducerRecord<String, byte[]> send(UUID booking, String value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.BOOKING_REQUESTED, booking.toString(),
                value.getBytes(StandardCharsets.UTF_8));
        record.headers().add("test-header", "test-header-value".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return record;
    }

    private static String requested(UUID booking, UUID event) {
        return GOLDEN.replace(GOLDEN_BOOKING, booking.toString()).replace(GOLDEN_EVENT, event.toString());
    }
}
