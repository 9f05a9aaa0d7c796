package studio.vive.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.messaging.TopicRecords.header;
import static studio.vive.messaging.TopicRecords.value;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Topics;
import studio.vive.messaging.MessagingTestDatabase;
import studio.vive.messaging.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxIT implements TestPropertyProvider {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ObjectMapper json;

    private final TopicRecords outcomes =
            new TopicRecords(SharedInfrastructure.get().kafkaBootstrapServers(), Topics.SCREENING_OUTCOMES);

    @Override
    public Map<String, String> getProperties() {
        return MessagingTestDatabase.properties("messaging_outbox", "OutboxIT");
    }

    @AfterAll
    void closeReader() {
        outcomes.close();
    }

    @Test
    void committedAppendPublishesExactlyOneRecordKeyedByBookingWithIdAndTypeHeaders() throws IOException {
        BookingCleared event = cleared(UUID.randomUUID());

        commit(event);

        List<ConsumerRecord<String, byte[]>> records = outcomes.awaitKey(event.key(), 1, DELIVERY);
        assertEquals(1, records.size());
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertEquals(event.bookingId().toString(), record.key());
        assertEquals(event.eventId().toString(), header(record, Topics.HEADER_EVENT_ID));
        assertEquals("BookingCleared", header(record, Topics.HEADER_EVENT_TYPE));
        assertEquals(event, json.readValue(record.value(), ScreeningOutcome.class));
    }

    @Test
    void payloadIsWrittenThroughTheContractTypeSoItCarriesTheTypeProperty() {
        BookingCleared event = cleared(UUID.randomUUID());

        commit(event);

        String payload = value(outcomes.awaitKey(event.key(), 1, DELIVERY).get(0));
        assertTrue(payload.contains("\"type\":\"BookingCleared\""), payload);
    }

    @Test
    void rolledBackAppendPublishesNothing() {
        UUID booking = UUID.randomUUID();
        BookingCleared rolledBack = cleared(booking);
        BookingCleared committedAfter = cleared(booking);

        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            outbox.append(EventTopic.SCREENING_OUTCOMES, rolledBack);
            throw new IllegalStateException("the caller's state change failed");
        }));
        commit(committedAfter);

        // Same key, same partition: once the later event is there, the rolled-back one would be before it.
        List<ConsumerRecord<String, byte[]>> records = outcomes.awaitKey(booking.toString(), 1, DELIVERY);
        assertEquals(List.of(committedAfter.eventId().toString()), eventIds(records));
        assertEquals(0, rowsWithId(rolledBack.eventId()));
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThrows(IllegalTransactionStateException.class,
                () -> outbox.append(EventTopic.SCREENING_OUTCOMES, cleared(UUID.randomUUID())));
    }

    @Test
    void aCommitWakesTheRelayAtOnceInsteadOfWaitingForTheFallbackPoll() {
        // The fallback poll is 60 s in this context: delivery within a second can only be NOTIFY.
        BookingCleared event = cleared(UUID.randomUUID());

        long start = System.nanoTime();
        commit(event);
        outcomes.awaitKey(event.key(), 1, Duration.ofSeconds(1));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("outbox commit to consumed record: " + millis + " ms");
        assertTrue(millis < 1000, "took " + millis + " ms");
    }

    @Test
    void publishedRowsAreDeleted() {
        BookingCleared event = cleared(UUID.randomUUID());

        commit(event);

        outcomes.awaitKey(event.key(), 1, DELIVERY);
        org.awaitility.Awaitility.await().atMost(DELIVERY).until(() -> rowsWithId(event.eventId()) == 0);
    }

    @Test
    void eventsOfOneBookingArriveInTheOrderTheyWereCommitted() {
        UUID booking = UUID.randomUUID();
        List<BookingCleared> events = java.util.stream.IntStream.range(0, 30).mapToObj(i -> cleared(booking)).toList();

        // Some one per transaction, some several in one transaction.
        events.subList(0, 10).forEach(this::commit);
        transactions.executeWrite(status -> {
            events.subList(10, 20).forEach(e -> outbox.append(EventTopic.SCREENING_OUTCOMES, e));
            return null;
        });
        events.subList(20, 30).forEach(this::commit);

        List<ConsumerRecord<String, byte[]>> records = outcomes.awaitKey(booking.toString(), events.size(), DELIVERY);
        assertEquals(events.stream().map(e -> e.eventId().toString()).toList(), eventIds(records));
    }

    private void commit(BookingCleared event) {
        transactions.executeWrite(status -> {
            outbox.append(EventTopic.SCREENING_OUTCOMES, event);
            return null;
        });
    }

    private long rowsWithId(UUID id) {
        return transactions.executeRead(status -> {
            try (PreparedStatement count = status.getConnection().prepareStatement(
                    "SELECT count(*) FROM outbox WHERE id = ?")) {
                count.setObject(1, id);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static BookingCleared cleared(UUID booking) {
        return BookingCleared.of(booking, UUID.randomUUID(), "test-rules", Instant.now());
    }

    static List<String> eventIds(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> header(r, Topics.HEADER_EVENT_ID)).toList();
    }
}
