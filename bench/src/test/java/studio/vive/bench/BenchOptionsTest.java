package studio.vive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.vive.localinfra.PostgresDurability;

class BenchOptionsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void theFullRunMeasuresSixtySecondsPerPhaseAtOneHundredBookingsASecond() {
        BenchOptions options = BenchOptions.parse(List.of(), ROOT);

        assertThat(options.phaseDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.e2eRate()).isEqualTo(100);
        assertThat(options.resultsDirectory()).isEqualTo(Path.of("/repo/bench/results"));
        assertThat(options.target()).isEmpty();
    }

    @Test
    void smokeRunsAreShortAndKeepTheirReportOutOfTheCommittedResults() {
        BenchOptions options = BenchOptions.parse(List.of("--smoke"), ROOT);

        assertThat(options.phaseDuration()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(options.resultsDirectory()).isEqualTo(Path.of("/repo/bench/target/smoke-results"));
    }

    @Test
    void theFullRunStartsTheServicesWithClassDataSharingArchivesItTrainsFirst() {
        assertThat(BenchOptions.parse(List.of(), ROOT).classDataSharing()).isTrue();
    }

    @Test
    void aSmokeRunSkipsTheClassDataSharingTrainingUnlessAsked() {
        assertThat(BenchOptions.parse(List.of("--smoke"), ROOT).classDataSharing()).isFalse();
        assertThat(BenchOptions.parse(List.of("--smoke", "--cds"), ROOT).classDataSharing()).isTrue();
    }

    @Test
    void classDataSharingCanBeTurnedOffToMeasureTheServicesWithoutArchives() {
        assertThat(BenchOptions.parse(List.of("--no-cds"), ROOT).classDataSharing()).isFalse();
    }

    @Test
    void optionsOverrideTheDefaults() {
        BenchOptions options = BenchOptions.parse(List.of("--duration", "2m", "--concurrency", "16",
                "--rates", "80, 120", "--target", "http://localhost:8080"), ROOT);

        assertThat(options.phaseDuration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.concurrency()).isEqualTo(16);
        assertThat(options.sustainedRates()).containsExactly(80, 120);
        assertThat(options.target()).contains(URI.create("http://localhost:8080"));
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--fast"), ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--fast");
    }

    @Test
    void aConcurrencyMustBePositive() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--concurrency", "0"), ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--concurrency");
    }

    @Test
    void postgresIsDurableByDefault() {
        assertThat(BenchOptions.parse(List.of(), ROOT).postgres()).isEqualTo(PostgresDurability.DURABLE);
        assertThat(BenchOptions.parse(List.of("--smoke"), ROOT).postgres()).isEqualTo(PostgresDurability.DURABLE);
    }

    @Test
    void theFastModeIsChosenWithPgFast() {
        assertThat(BenchOptions.parse(List.of("--pg=fast"), ROOT).postgres()).isEqualTo(PostgresDurability.FAST);
        assertThat(BenchOptions.parse(List.of("--pg", "fast"), ROOT).postgres()).isEqualTo(PostgresDurability.FAST);
        assertThat(BenchOptions.parse(List.of("--pg=durable"), ROOT).postgres()).isEqualTo(PostgresDurability.DURABLE);
    }

    @Test
    void anUnknownPostgresModeIsRefused() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--pg=unsafe"), ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durable or fast");
    }
}
