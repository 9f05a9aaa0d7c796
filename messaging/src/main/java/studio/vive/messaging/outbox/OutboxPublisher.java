package studio.vive.messaging.outbox;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import studio.vive.contracts.Topics;
import studio.vive.messaging.kafka.ReliableProducer;
import studio.vive.messaging.kafka.ReliableProducers;
import studio.vive.messaging.trace.TraceParent;

/**
 * Sends a batch of outbox rows to Kafka in order and reports which ones Kafka acknowledged. The
 * idempotent producer keeps the order of one key (one partition) across its internal retries.
 */
@Singleton
class OutboxPublisher {

    private final ReliableProducer producer;

    OutboxPublisher(@Named(ReliableProducers.OUTBOX_RELAY) ReliableProducer producer) {
        this.producer = producer;
    }

    /** Publishes {@code rows}, waiting at most {@code ackTimeout} for the acknowledgements. */
    Publication publish(List<OutboxRow> rows, Duration ackTimeout) throws InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        Exception failure = null;
        for (OutboxRow row : rows) {
            try {
                sent.add(producer.send(record(row)));
            } catch (RuntimeException e) {
                // Stop here: sending later rows now could overtake this one.
                failure = e;
                break;
            }
        }
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<OutboxRow> acknowledged = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(rows.get(i));
            } catch (ExecutionException e) {
                failure = failure == null ? (e.getCause() instanceof Exception cause ? cause : e) : failure;
            } catch (TimeoutException e) {
                failure = failure == null ? e : failure;
            }
        }
        return new Publication(acknowledged, failure);
    }

    private static ProducerRecord<String, byte[]> record(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_EVENT_ID, row.id().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_EVENT_TYPE, row.type().getBytes(StandardCharsets.UTF_8));
        if (row.traceParent() != null) {
            record.headers().add(TraceParent.HEADER, row.traceParent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /**
     * What Kafka acknowledged of one batch.
     *
     * @param failure the first error, or null when every row was acknowledged
     */
    record Publication(List<OutboxRow> acknowledged, Exception failure) {

        boolean complete() {
            return failure == null;
        }
    }
}
