package studio.vive.messaging.deadletter;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.kafka.ReliableProducer;
import studio.vive.messaging.kafka.ReliableProducers;

/**
 * Parks a record that cannot be processed on its topic's dead-letter topic
 * ({@link EventTopic#deadLetter()}), unchanged (key, value, headers) plus
 * {@value Topics#HEADER_DLT_REASON} and {@value Topics#HEADER_DLT_ORIGIN}
 * ({@code topic/partition/offset}), so it can be inspected and replayed to its origin topic.
 */
@Singleton
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    /** Headers are not a place for essays; a reason is one line. */
    private static final int MAX_REASON_LENGTH = 1000;

    private final ReliableProducer producer;

    public DeadLetters(@Named(ReliableProducers.DEAD_LETTERS) ReliableProducer producer) {
        this.producer = producer;
    }

    /**
     * Publishes {@code record} to the dead-letter topic of {@code topic} and waits until Kafka
     * acknowledged it (bounded by {@code vive.messaging.producer.delivery-timeout}).
     *
     * @param topic  the topic the record was read from
     * @param reason why, safe to log: never payload contents
     * @throws DeadLetterException when Kafka did not acknowledge it; the caller must not move past the record
     */
    public void send(EventTopic<?> topic, ConsumerRecord<String, byte[]> record, String reason) {
        String deadLetterTopic = topic.deadLetter();
        String origin = record.topic() + "/" + record.partition() + "/" + record.offset();
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(Topics.HEADER_DLT_REASON, utf8(truncate(reason)));
        letter.headers().add(Topics.HEADER_DLT_ORIGIN, utf8(origin));
        try {
            producer.send(letter).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterException(origin, e);
        } catch (ExecutionException | RuntimeException e) {
            throw new DeadLetterException(origin, e);
        }
        // INFO: the caller already warned why; this line confirms Kafka has the record.
        LOG.info("Dead-lettered {} to {}: {}", origin, deadLetterTopic, reason);
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
