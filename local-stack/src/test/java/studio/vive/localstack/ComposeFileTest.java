package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import studio.vive.contracts.EventTopic;
import studio.vive.localinfra.PlatformTopics;

/** docker-compose.yml repeats a few facts the code owns; these keep the two from drifting apart. */
class ComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");

    private static String compose() throws IOException {
        return Files.readString(COMPOSE_FILE);
    }

    @Test
    void createsEveryMainTopicOfTheContracts() throws IOException {
        String compose = compose();

        assertThat(EventTopic.ALL).allSatisfy(topic -> assertThat(compose).contains(topic.name()));
    }

    @Test
    void createsTopicsWithThePlatformsPartitionCount() throws IOException {
        assertThat(compose()).contains("--partitions " + PlatformTopics.PARTITIONS)
                .contains("KAFKA_NUM_PARTITIONS: " + PlatformTopics.PARTITIONS);
    }

    @Test
    void givesEveryServiceItsOwnDatabaseAndPort() throws IOException {
        String compose = compose();

        assertThat(ServiceDefinition.ALL).allSatisfy(service -> assertThat(compose)
                .contains("jdbc:postgresql://postgres:5432/" + service.database())
                .contains("\"" + service.port() + ":" + service.port() + "\"")
                .contains("SERVICE: " + service.name()));
    }
}
