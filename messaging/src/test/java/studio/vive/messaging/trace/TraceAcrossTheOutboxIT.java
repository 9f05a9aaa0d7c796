package studio.vive.messaging.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.messaging.TopicRecords.header;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.MessagingTestDatabase;
import studio.vive.messaging.TopicRecords;
import studio.vive.messaging.consume.InboundEvents;
import studio.vive.messaging.outbox.Outbox;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * One trace follows an event through the outbox, the Kafka record and the consuming handler, and
 * on into what that handler appends.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceAcrossTheOutboxIT implements TestPropertyProvider {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;
    @Inject
    InboundEvents inboundEvents;
    @Inject
    TransactionOperations<Connection> transactions;

    private final TopicRecords outcomes =
            new TopicRecords(SharedInfrastructure.get().kafkaBootstrapServers(), Topics.SCREENING_OUTCOMES);

    @Override
    public Map<String, String> getProperties() {
        return MessagingTestDatabase.properties("messaging_trace", "TraceAcrossTheOutboxIT");
    }

    @AfterAll
    void closeReader() {
        outcomes.close();
    }

    @Test
    void theRecordCarriesTheTraceParentOfTheContextThatAppendedIt() {
        String traceId = newTraceId();
        BookingCleared event = cleared(UUID.randomUUID());

        try (Scope ignored = currentTrace(traceId)) {
            commit(event);
        }

        String traceParent = header(published(event), TraceParent.HEADER);
        assertTrue(traceParent.matches("00-" + traceId + "-[0-9a-f]{16}-01"), traceParent);
    }

    @Test
    void anEventAppendedOutsideAnyTraceIsPublishedWithoutTraceParent() {
        BookingCleared event = cleared(UUID.randomUUID());

        commit(event);

        assertNull(header(published(event), TraceParent.HEADER));
    }

    @Test
    void theHandlerRunsInTheRecordsTraceAndWhatItAppendsCarriesItOn() {
        String traceId = newTraceId();
        UUID booking = UUID.randomUUID();
        BookingCleared first = cleared(booking);
        BookingCleared second = cleared(booking);
        try (Scope ignored = currentTrace(traceId)) {
            commit(first);
        }
        List<String> traceIdsInHandler = new ArrayList<>();

        inboundEvents.process(published(first), EventTopic.SCREENING_OUTCOMES, outcome -> {
            traceIdsInHandler.add(Span.current().getSpanContext().getTraceId());
            commit(second);
        });

        assertEquals(List.of(traceId), traceIdsInHandler);
        assertTrue(header(published(second), TraceParent.HEADER).contains(traceId));
        assertFalse(Span.current().getSpanContext().isValid(), "the record's trace ends with its processing");
    }

    @Test
    void aMalformedTraceParentIsIgnoredAndTheRecordStillProcessed() {
        BookingCleared event = cleared(UUID.randomUUID());
        commit(event);
        ConsumerRecord<String, byte[]> record = published(event);
        record.headers().add(TraceParent.HEADER, "not-a-trace-parent".getBytes(StandardCharsets.UTF_8));
        List<Boolean> validSpanInHandler = new ArrayList<>();

        inboundEvents.process(record, EventTopic.SCREENING_OUTCOMES,
                outcome -> validSpanInHandler.add(Span.current().getSpanContext().isValid()));

        assertEquals(List.of(false), validSpanInHandler);
    }

    private ConsumerRecord<String, byte[]> published(BookingCleared event) {
        return outcomes.awaitKey(event.key(), records -> records.stream()
                        .anyMatch(r -> event.eventId().toString().equals(header(r, Topics.HEADER_EVENT_ID))), DELIVERY)
                .stream().filter(r -> event.eventId().toString().equals(header(r, Topics.HEADER_EVENT_ID)))
                .findFirst().orElseThrow();
    }

    private void commit(BookingCleared event) {
        transactions.executeWrite(status -> {
            outbox.append(EventTopic.SCREENING_OUTCOMES, event);
            return null;
        });
    }

    private static Scope currentTrace(String traceId) {
        String spanId = String.format("%016x", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        return Span.wrap(SpanContext.create(traceId, spanId, TraceFlags.getSampled(), TraceState.getDefault()))
                .makeCurrent();
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static BookingCleared cleared(UUID booking) {
        return BookingCleared.of(booking, UUID.randomUUID(), "test-rules", Instant.now());
    }
}
