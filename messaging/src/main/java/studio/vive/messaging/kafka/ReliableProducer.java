package studio.vive.messaging.kafka;

import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * An idempotent, {@code acks=all} Kafka producer of string keys and raw values, owned by this
 * library. A type of its own so that it never competes with a service's own {@code Producer} beans.
 */
public final class ReliableProducer implements AutoCloseable {

    private final Producer<String, byte[]> producer;

    ReliableProducer(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Sends asynchronously; the future completes when Kafka acknowledged the record or gave up. */
    public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer.send(record);
    }

    @Override
    public void close() {
        producer.close();
    }
}
