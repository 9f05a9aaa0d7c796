package studio.vive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;
import studio.vive.localinfra.PlatformTopics;

@RealInfrastructure
class KafkaTest {

    @Test
    void aRecordProducedIsConsumedWithItsKey(SharedInfrastructure infrastructure) throws Exception {
        String bookingId = UUID.randomUUID().toString();
        KafkaClients kafka = new KafkaClients(infrastructure.kafkaBootstrapServers());

        kafka.send(Topics.BOOKING_REQUESTED, bookingId, "hello");

        assertThat(kafka.readAll(Topics.BOOKING_REQUESTED, bookingId))
                .containsExactly("hello");
    }

    @Test
    void everyPlatformTopicExistsWithThePlatformsPartitionCount(SharedInfrastructure infrastructure) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(PlatformTopics.all()).allTopicNames().get();

            assertThat(topics.keySet()).contains(
                    Topics.BOOKING_REQUESTED, Topics.BOOKING_REQUESTED + ".dlt",
                    Topics.SCREENING_OUTCOMES, Topics.SCREENING_OUTCOMES + ".dlt",
                    Topics.BOOKING_LIFECYCLE, Topics.BOOKING_LIFECYCLE + ".dlt",
                Topics.RECHECK_SUBMITTED, Topics.RECHECK_SUBMITTED + ".dlt",
                Topics.RESCREEN_REQUESTED, Topics.RESCREEN_REQUESTED + ".dlt");
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(PlatformTopics.PARTITIONS));
        }
    }

    /** Plain Kafka clients, so these tests check the broker and nothing of ours on top of it. */
    record KafkaClients(String bootstrapServers) {

        private static final Duration READ_FOR = Duration.ofSeconds(15);

        void send(String topic, String key, String value) throws Exception {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, key, value)).get();
            }
        }

        /** Values of every record with {@code key}, reading the topic from the start until one is found or time is up. */
        List<String> readAll(String topic, String key) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(Set.of(topic));
                List<String> values = new ArrayList<>();
                long deadline = System.nanoTime() + READ_FOR.toNanos();
                while (values.isEmpty() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        if (key.equals(record.key())) {
                            values.add(record.value());
                        }
                    }
                }
                return values;
            }
        }
    }
}
