package studio.vive.messaging;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything on one topic, read from the beginning by a group-less consumer. Kafka is shared by
 * every test class, so tests filter on their own fresh keys.
 */
public final class TopicRecords implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicRecords(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Records with {@code key}, in the order Kafka holds them, once {@code done} holds for them. */
    public List<ConsumerRecord<String, byte[]>> awaitKey(String key, Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                         Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(10)).until(() -> {
            poll();
            return done.test(withKey(key));
        });
        return withKey(key);
    }

    /** Waits until at least {@code count} records with {@code key} arrived and returns them all. */
    public List<ConsumerRecord<String, byte[]>> awaitKey(String key, int count, Duration atMost) {
        return awaitKey(key, records -> records.size() >= count, atMost);
    }

    public List<ConsumerRecord<String, byte[]>> withKey(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    private void poll() {
        consumer.poll(POLL).forEach(seen::add);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    public static String freshKey() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
