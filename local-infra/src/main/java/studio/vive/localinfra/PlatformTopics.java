package studio.vive.localinfra;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import studio.vive.contracts.EventTopic;

/**
 * Every Kafka topic of the platform, read from {@link EventTopic#ALL} so a topic added to the
 * contracts is created without touching this module, and their creation on a broker.
 */
public final class PlatformTopics {

    /**
     * Partitions of every platform topic: the unit of parallelism per consumer group. Six, so two
     * instances of a service with three consumer threads each (the services' default) all get work.
     */
    public static final int PARTITIONS = 6;

    private static final short REPLICATION_FACTOR = 1;

    private PlatformTopics() {
    }

    /** The names of all topics, sorted: every {@link EventTopic} and its dead-letter topic. */
    public static List<String> all() {
        TreeSet<String> names = new TreeSet<>();
        for (EventTopic<?> topic : EventTopic.ALL) {
            names.add(topic.name());
            names.add(topic.deadLetter());
        }
        return List.copyOf(names);
    }

    /**
     * Creates every platform topic ({@value #PARTITIONS} partitions, replication factor 1) on the
     * single-node cluster at {@code bootstrapServers}; topics that exist are left as they are.
     *
     * @param timeout how long to wait for the broker to accept them
     */
    public static void createAll(String bootstrapServers, Duration timeout) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        List<NewTopic> topics = all().stream()
                .map(name -> new NewTopic(name, PARTITIONS, REPLICATION_FACTOR))
                .toList();
        try (Admin admin = Admin.create(adminConfig)) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(created.getKey(), created.getValue(), timeout);
            }
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation, Duration timeout) {
        try {
            creation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topic " + topic + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
