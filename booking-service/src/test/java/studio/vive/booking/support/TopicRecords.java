package studio.vive.booking.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Reads a topic of the shared Kafka from the beginning, as a consumer of its own group. Tests
 * filter on their own booking ids: the topic also holds other tests' records.
 */
public final class TopicRecords implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

    public TopicRecords(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "booking-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Every record so far with {@code key} (a booking id), polling once more first. */
    public synchronized List<ConsumerRecord<String, byte[]>> withKey(UUID key) {
        consumer.poll(POLL).forEach(seen::add);
        List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : seen) {
            if (key.toString().equals(record.key())) {
                matching.add(record);
            }
        }
        return matching;
    }

    /** The values of {@link #withKey}, as text. */
    public List<String> valuesWithKey(UUID key) {
        return withKey(key).stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    /** A record's value as a JSON tree. */
    public io.micronaut.json.tree.JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return io.micronaut.json.JsonMapper.createDefault().readValue(record.value(),
                    io.micronaut.json.tree.JsonNode.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A header of a record, as text. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
