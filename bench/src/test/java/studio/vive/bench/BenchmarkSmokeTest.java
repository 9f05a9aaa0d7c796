package studio.vive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.bench.stack.PlatformService;

/**
 * The benchmark's smoke mode against the embedded stack, so the benchmark never rots: every phase
 * runs for a few seconds and the report must carry every figure. Whether the targets are met is
 * the full run's question, not this test's (this machine is shared with other builds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkSmokeTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private Path results;
    private String report;

    @BeforeAll
    void runTheSmokeBenchmark() throws IOException {
        Path repoRoot = Path.of(System.getProperty("bench.repo-root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work")).toAbsolutePath();
        results = work.resolve("results");
        BenchOptions options = BenchOptions.parse(List.of("--smoke", "--results", results.toString(),
                "--work", work.resolve("stack-work").toString(),
                "--port-offset", String.valueOf(FreePortOffset.find())), repoRoot);
        Path written = new Benchmark(options, new Console(new PrintStream(System.out, true, StandardCharsets.UTF_8))).run();
        report = Files.readString(written, StandardCharsets.UTF_8);
    }

    @Test
    void everyTargetFigureIsMeasuredBesideItsTargetAndRatio() {
        List<String> figures = List.of(
                "end-to-end p99 at",
                "sustained end-to-end rate / baseline commits per second",
                "API accepted rate / baseline commits per second",
                "CPU of the three services per booking", "highest sustained end-to-end rate",
                "peak RSS booking-service", "peak RSS screening-service", "peak RSS notification-service",
                "start-up booking-service", "start-up screening-service", "start-up notification-service");
        for (String figure : figures) {
            String row = report.lines().filter(line -> line.startsWith("| " + figure)).findFirst()
                    .orElseThrow(() -> new AssertionError("no targets row for " + figure + " in\n" + report));
            String[] cells = row.split("\\|");
            assertThat(cells).as(row).hasSizeGreaterThanOrEqualTo(6);
            assertThat(NUMBER.matcher(cells[2]).find()).as("measured value of " + row).isTrue();
            assertThat(cells[3]).as("target of " + row).containsPattern("[≤≥] \\d");
            assertThat(NUMBER.matcher(cells[4]).find()).as("ratio of " + row).isTrue();
            assertThat(cells[5]).as("verdict of " + row).containsAnyOf("pass", "miss");
        }
    }

    @Test
    void baselineAndApiRatesAreAboveZero() {
        assertThat(firstNumberAfter("commits/s with", "## Baseline")).isGreaterThan(0);
        assertThat(firstNumberAfter("accepted bookings/s", "## API")).isGreaterThan(0);
    }

    @Test
    void theCommitBaselineIsMeasuredWithFsyncOnAndOffOnOneAndOnEightConnections() {
        for (String fsync : List.of("on", "off")) {
            for (int connections : List.of(1, 8)) {
                assertThat(report).as("baseline row fsync " + fsync + ", " + connections + " connection(s)")
                        .containsPattern("\\| " + fsync + " \\| \\w+ \\| \\w+ \\| " + connections + " \\| [1-9]\\d* \\|");
            }
        }
    }

    @Test
    void theStacksPostgresIsDurableByDefault() {
        assertThat(report).containsPattern("\\| the stack's server \\| on \\| on \\| on \\| 8 \\|");
    }

    @Test
    void everyStepReportsItsCpuPerBookingForEachProcessAndInTotal() {
        assertThat(report).contains("## Cost per booking: CPU");
        String header = report.lines().filter(line -> line.startsWith("| offered/s | bookings |")).findFirst()
                .orElseThrow(() -> new AssertionError("no cost table in\n" + report));
        assertThat(header).contains("booking-service", "screening-service", "notification-service", "three services",
                "benchmark JVM", "PostgreSQL", "infrastructure", "total");
        Pattern row = Pattern.compile("^\\| \\d+ \\| [1-9]\\d* \\|( [\\d.]+ ms \\|){3} \\*\\*[\\d.]+ ms\\*\\* \\| ≤ 3 ms \\| [\\d.]+ \\|"
                + "( [\\d.]+ ms \\|){4}$", Pattern.MULTILINE);
        assertThat(row.matcher(report).find()).as("a fully measured cost row in\n" + report).isTrue();
    }

    @Test
    void endToEndLatencyComesFromEveryAcceptedBookingsEmail() {
        Matcher emails = Pattern.compile("\\| (\\d+)/(\\d+) \\|").matcher(report);
        assertThat(emails.find()).as("emails column of the end-to-end table in\n" + report).isTrue();
        assertThat(Integer.parseInt(emails.group(2))).isPositive();
        assertThat(emails.group(1)).isEqualTo(emails.group(2));
    }

    @Test
    void footprintListsEveryService() {
        for (PlatformService service : PlatformService.values()) {
            assertThat(report).containsPattern("\\| " + service.module() + " \\| \\d+ MB \\| \\d+ MB \\|");
        }
    }

    @Test
    void startUpOfEveryServiceIsMeasuredAloneWithMicronautsOwnFigure() {
        assertThat(report).contains("## Start-up");
        for (PlatformService service : PlatformService.values()) {
            assertThat(report).containsPattern("\\| " + service.module() + " \\| \\d+ ms \\(\\d+ ms\\) \\|");
        }
    }

    @Test
    void latencyPlotIsWrittenBesideTheReport() throws IOException {
        Matcher link = Pattern.compile("!\\[latency by percentile]\\(([^)]+\\.svg)\\)").matcher(report);
        assertThat(link.find()).as("plot link in\n" + report).isTrue();
        Path plot = results.resolve(link.group(1));

        String svg = Files.readString(plot, StandardCharsets.UTF_8);

        assertThat(svg).startsWith("<svg").contains("<polyline").contains("accepted → email");
    }

    private double firstNumberAfter(String marker, String section) {
        String text = report.substring(report.indexOf(section));
        Matcher number = Pattern.compile("([\\d.]+) " + Pattern.quote(marker)).matcher(text);
        assertThat(number.find()).as(marker + " in " + section).isTrue();
        return Double.parseDouble(number.group(1));
    }
}
