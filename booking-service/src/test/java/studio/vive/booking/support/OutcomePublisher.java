package studio.vive.booking.support;

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
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Topics;
import studio.vive.testsupport.SharedInfrastructure;

/** Plays screening-service: publishes outcomes to the real Kafka, as its outbox relay does. */
public final class OutcomePublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** Publishes {@code outcome} keyed by its booking id with the type and event id headers. */
    public void publish(ScreeningOutcome outcome) {
        try {
            byte[] value = json.writeValueAsBytes(Argument.of(ScreeningOutcome.class), outcome);
            send(outcome.key(), value, outcome.type(), outcome.eventId().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes JSON text (a golden sample) keyed by {@code key}. */
    public void publishJson(String key, String json, String type, String eventId) {
        send(key, json.getBytes(StandardCharsets.UTF_8), type, eventId);
    }

    private void send(String key, byte[] value, String type, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SCREENING_OUTCOMES, key, value);
        record.headers().add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
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
