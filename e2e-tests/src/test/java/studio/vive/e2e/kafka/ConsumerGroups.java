package studio.vive.e2e.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;

/** How consumer groups share the partitions of a topic right now (to see a rebalance happen). */
public final class ConsumerGroups {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String bootstrapServers;

    public ConsumerGroups(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * For every group consuming the topic: how many of its members currently own at least one of
     * the topic's partitions.
     */
    public Map<String, Long> membersOwningPartitionsOf(String topic) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<String> ids = groups.stream().map(ConsumerGroupListing::groupId).toList();
            Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(ids).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Long> owners = new java.util.TreeMap<>();
            descriptions.forEach((group, description) -> {
                long members = description.members().stream().filter(member -> owns(member, topic)).count();
                if (members > 0) {
                    owners.put(group, members);
                }
            });
            return owners;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe consumer groups", e);
        }
    }

    private static boolean owns(MemberDescription member, String topic) {
        return member.assignment().topicPartitions().stream().anyMatch(partition -> partition.topic().equals(topic));
    }
}
