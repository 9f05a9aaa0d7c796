package studio.vive.notification.support;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.Topics;
import studio.vive.testsupport.SharedInfrastructure;

/** Plays booking-service in tests: publishes lifecycle events to the real Kafka, as its outbox relay does. */
public final class LifecycleEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** Publishes {@code event} keyed by its booking id, with the type and event id headers. */
    public void publish(BookingLifecycleEvent event) {
        try {
            byte[] value = json.writeValueAsBytes(Argument.of(BookingLifecycleEvent.class), event);
            send(event.key(), value, event.type(), event.eventId().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes raw bytes, e.g. a golden sample or a poison record. */
    public void publishRaw(String key, byte[] value) {
        send(key, value, null, null);
    }

    /** Publishes JSON text. */
    public void publishJson(String key, String json) {
        publishRaw(key, json.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String key, byte[] value, String type, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.BOOKING_LIFECYCLE, key, value);
        if (type != null) {
            record.headers().add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
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
