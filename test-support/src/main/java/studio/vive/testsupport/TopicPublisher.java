package studio.vive.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;

/**
 * Plays another service's outbox relay in tests: writes records to one topic of the shared Kafka,
 * with the event type and id headers when given, and waits for each acknowledgement.
 */
public final class TopicPublisher implements AutoCloseable {

    private final String topic;
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    public TopicPublisher(EventTopic<?> topic) {
        this.topic = topic.name();
    }

    /**
     * Sends {@code value} keyed by {@code key}; {@code type} and {@code eventId} become the
     * {@link Topics#HEADER_EVENT_TYPE} and {@link Topics#HEADER_EVENT_ID} headers unless null.
     */
    public void send(String key, byte[] value, String type, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        if (type != null) {
            record.headers().add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        if (eventId != null) {
            record.headers().add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish failed", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
