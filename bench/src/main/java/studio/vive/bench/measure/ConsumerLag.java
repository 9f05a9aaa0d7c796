package studio.vive.bench.measure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumer groups are behind, read with Kafka's AdminClient: for every
 * partition a group is assigned or has committed, the last stable offset minus its committed
 * offset (0 when it never committed: the topics start empty).
 */
public final class ConsumerLag implements AutoCloseable {

    /** The group ids of the three services' listeners. */
    static final List<String> GROUPS = List.of("screening-service", "booking-service", "notification-service");
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "vive-bench-lag");
        this.admin = Admin.create(properties);
    }

    /** Each group's lag now, in {@link #GROUPS} order: which stage is behind. */
    public Map<String, Long> byGroup() {
        try {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(GROUPS).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Map<TopicPartition, Long>> committedByGroup = new HashMap<>();
            Set<TopicPartition> partitions = new HashSet<>();
            for (String group : GROUPS) {
                Map<TopicPartition, Long> committed = new HashMap<>();
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                offsets.forEach((partition, offset) -> committed.put(partition, offset == null ? 0 : offset.offset()));
                ConsumerGroupDescription description = groups.get(group);
                if (description != null) {
                    for (MemberDescription member : description.members()) {
                        member.assignment().topicPartitions().forEach(partition -> committed.putIfAbsent(partition, 0L));
                    }
                }
                committedByGroup.put(group, committed);
                partitions.addAll(committed.keySet());
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            Map<String, Long> lagByGroup = new LinkedHashMap<>();
            for (String group : GROUPS) {
                long lag = 0;
                for (Map.Entry<TopicPartition, Long> entry : committedByGroup.get(group).entrySet()) {
                    lag += Math.max(0, ends.getOrDefault(entry.getKey(), entry.getValue()) - entry.getValue());
                }
                lagByGroup.put(group, lag);
            }
            return lagByGroup;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read consumer lag", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading consumer lag", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
