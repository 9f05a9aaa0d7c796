package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryBoxTest {

    @TempDir
    Path dataDirectory;

    private String render() {
        LocalInfrastructure notStarted = new LocalInfrastructure(dataDirectory, ZoneId.of("Australia/Sydney"), new Progress(System.out));
        return SummaryBox.render(notStarted, ServiceDefinition.ALL, ".local", "the-scrape-token");
    }

    @Test
    void listsEveryUrlPeopleNeed() {
        assertThat(render()).contains(
                "http://localhost:8080/", "http://localhost:8080/swagger-ui",
                "http://localhost:8080/health", "http://localhost:8081/health", "http://localhost:8082/health",
                "http://localhost:8080/prometheus", "http://localhost:8081/prometheus", "http://localhost:8082/prometheus",
                "http://localhost:8025", "localhost:3143", "localhost:3025", "localhost:9092",
                "jdbc:postgresql://localhost:5432/booking", "jdbc:postgresql://localhost:5432/screening",
                "jdbc:postgresql://localhost:5432/notification");
    }

    @Test
    void listsTheDevStaffCredentials() {
        assertThat(render()).contains("admin / admin-dev-pass", "mia   / mia-dev-pass", "noah  / noah-dev-pass", "ava   / ava-dev-pass");
    }

    @Test
    void showsTheBearerTokenTheMetricsEndpointsWant() {
        assertThat(render()).contains("Authorization: Bearer the-scrape-token");
    }

    @Test
    void everyLineOfTheBoxHasTheSameWidth() {
        List<Integer> widths = render().lines().map(String::length).distinct().toList();

        assertThat(widths).hasSize(1);
    }
}
