package studio.vive.messaging.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.vive.messaging.outbox.OutboxIT.cleared;
import static studio.vive.messaging.outbox.OutboxIT.eventIds;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.MessagingTestDatabase;
import studio.vive.messaging.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayOutageIT implements TestPropertyProvider {

    private static final int EVENTS = 20;

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        return MessagingTestDatabase.properties("messaging_outbox_outage", "OutboxRelayOutageIT");
    }

    @Test
    void eventsCommittedWhileKafkaIsDownArriveOnceEachAndInOrderWhenItIsBack() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        UUID booking = UUID.randomUUID();
        List<BookingCleared> events = IntStream.range(0, EVENTS).mapToObj(i -> cleared(booking)).toList();

        infrastructure.stopKafka();
        try {
            events.forEach(event -> transactions.executeWrite(status -> {
                outbox.append(EventTopic.SCREENING_OUTCOMES, event);
                return null;
            }));
            // The relay keeps them (and says so in the depth gauge) while Kafka is away.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> meters.get("vive.outbox.depth").gauge().value() >= EVENTS);
        } finally {
            infrastructure.startKafka();
        }

        // A last event after the outage: everything before it on the partition is what the outage left.
        BookingCleared sentinel = cleared(booking);
        transactions.executeWrite(status -> {
            outbox.append(EventTopic.SCREENING_OUTCOMES, sentinel);
            return null;
        });
        String sentinelId = sentinel.eventId().toString();
        try (TopicRecords outcomes = new TopicRecords(infrastructure.kafkaBootstrapServers(), Topics.SCREENING_OUTCOMES)) {
            List<ConsumerRecord<String, byte[]>> records = outcomes.awaitKey(booking.toString(),
                    seen -> eventIds(seen).contains(sentinelId), Duration.ofSeconds(90));
            List<String> expected = new java.util.ArrayList<>(events.stream().map(e -> e.eventId().toString()).toList());
            expected.add(sentinelId);
            assertEquals(expected, eventIds(records));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("vive.outbox.depth").gauge().value() == 0);
    }
}
