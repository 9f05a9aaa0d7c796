package studio.vive.screening.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import io.micronaut.transaction.TransactionOperations;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import studio.vive.contracts.Topics;

/**
 * Sends booking requests the way booking-service's relay does, and tells when screening-service
 * has finished with them: its consumer group committed past them and its outbox is drained, so
 * everything it will ever publish for them is on the outcome topic.
 */
public final class IntakeProbe implements AutoCloseable {

    private static final String GROUP = "screening-service";

    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;
    private final String topic;
    private final String group;
    private final String eventType;

    public IntakeProbe(String bootstrapServers) {
        this(bootstrapServers, Topics.BOOKING_REQUESTED, GROUP, "BookingRequested");
    }

    /** A probe of another topic screening-service reads, by the group that reads it. */
    public IntakeProbe(String bootstrapServers, String topic, String group, String eventType) {
        this.topic = topic;
        this.group = group;
        this.eventType = eventType;
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public RecordMetadata send(String key, byte[] value, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        if (eventId != null) {
            record.headers().add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_TYPE, eventType.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public RecordMetadata send(String key, String value) {
        return send(key, value.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Waits until the service committed {@code record} as processed and published all it decided. */
    public void awaitFinished(RecordMetadata record, TransactionOperations<Connection> database, Duration atMost) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(atMost).until(() -> committedOffset(partition) > record.offset() && outboxRows(database) == 0);
    }

    /** Whether the service's consumer group committed an offset past {@code record}. */
    public boolean committedPast(RecordMetadata record) throws InterruptedException, ExecutionException {
        return committedOffset(new TopicPartition(record.topic(), record.partition())) > record.offset();
    }

    private long committedOffset(TopicPartition partition) throws InterruptedException, ExecutionException {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .get(partition);
        return committed == null ? -1 : committed.offset();
    }

    private static long outboxRows(TransactionOperations<Connection> database) {
        return database.executeRead(status -> {
            try (ResultSet count = status.getConnection().createStatement().executeQuery("SELECT count(*) FROM outbox")) {
                count.next();
                return count.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
