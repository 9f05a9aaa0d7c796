package studio.vive.screening.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything on one topic, read from the beginning by a group-less consumer. Kafka is shared by
 * every test class, so tests filter on their own fresh booking ids.
 */
public final class TopicRecords implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicRecords(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until at least {@code count} records with {@code key} arrived; returns them all. */
    public List<ConsumerRecord<String, byte[]>> awaitKey(String key, int count, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(10)).until(() -> {
            consumer.poll(POLL).forEach(seen::add);
            return withKey(key).size() >= count;
        });
        return withKey(key);
    }

    /** Every record with {@code key} up to the topic's end as of now. */
    public List<ConsumerRecord<String, byte[]>> allWithKeyUpToNow(String key, Duration atMost) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        await().atMost(atMost).until(() -> {
            consumer.poll(POLL).forEach(seen::add);
            return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        });
        return withKey(key);
    }

    private List<ConsumerRecord<String, byte[]>> withKey(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
