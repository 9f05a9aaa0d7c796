package studio.vive.bench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import studio.vive.bench.BenchResults;
import studio.vive.bench.EndToEndStep;
import studio.vive.bench.Footprint;
import studio.vive.bench.measure.BacklogSample;
import studio.vive.bench.measure.Latencies;
import studio.vive.bench.stack.PlatformService;
import studio.vive.bench.stack.StartupRun;
import studio.vive.bench.stack.StartupTime;

/** The run's report as Markdown: the targets table first, then how each figure came about. */
public final class MarkdownReport {

    /** Issue 8's targets. */
    static final double E2E_P99_MS = 100;
    static final double SUSTAINED_SHARE = 0.25;
    static final double API_SHARE = 0.8;
    static final double RSS_MB = 200;
    static final double STARTUP_S = 2;
    /** Issue 19's target, on durable PostgreSQL. */
    static final double SUSTAINED_RATE = 150;
    private static final double MB = 1024 * 1024;

    private MarkdownReport() {
    }

    /** The rows of the targets table, in the order. */
    public static List<Target> targetRows(BenchResults results) {
        List<Target> rows = new ArrayList<>();
        double baseline = results.baseline().reference().commitsPerSecond();
        EndToEndStep e2e = results.endToEnd();
        rows.add(new Target("end-to-end p99 at " + e2e.rate() + " bookings/s (accepted → client email at SMTP)",
                e2e.latencies().count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(ms(e2e.latencies().p99())),
                String.format(Locale.ROOT, "%.0f ms (%d emails)", ms(e2e.latencies().p99()), e2e.latencies().count()),
                E2E_P99_MS, "ms", true));
        int sustained = results.highestSustainedRate().orElse(0);
        rows.add(new Target("sustained end-to-end rate / baseline commits per second",
                OptionalDouble.of(sustained / baseline),
                String.format(Locale.ROOT, "%.3f (%d/s ÷ %.0f/s)", sustained / baseline, sustained, baseline),
                SUSTAINED_SHARE, "", false));
        double api = results.api().acceptedPerSecond();
        rows.add(new Target("API accepted rate / baseline commits per second (concurrency " + results.options().concurrency() + ")",
                OptionalDouble.of(api / baseline),
                String.format(Locale.ROOT, "%.3f (%.0f/s ÷ %.0f/s)", api / baseline, api, baseline),
                API_SHARE, "", false));
        rows.add(CostSection.targetRow(results));
        rows.add(new Target("highest sustained end-to-end rate (PostgreSQL " + results.baseline().reference().setting("fsync")
                .replace("on", "fsync on").replace("off", "fsync off") + ")", OptionalDouble.of(sustained),
                sustained + " bookings/s", SUSTAINED_RATE, "bookings/s", false));
        Map<PlatformService, Footprint> footprints = new EnumMap<>(PlatformService.class);
        results.footprint().forEach(f -> footprints.put(f.service(), f));
        for (PlatformService service : PlatformService.values()) {
            Footprint footprint = footprints.get(service);
            OptionalDouble peak = footprint == null || footprint.peakBytes() == 0
                    ? OptionalDouble.empty() : OptionalDouble.of(footprint.peakBytes() / MB);
            rows.add(new Target("peak RSS " + service.module(), peak,
                    peak.isPresent() ? String.format(Locale.ROOT, "%.0f MB", peak.getAsDouble()) : "not found",
                    RSS_MB, "MB", true));
        }
        // The figure beside the target is the first start: each service alone (the target is per
        // service; three JVMs starting at once on two cores would measure their contention).
        Optional<StartupRun> measured = results.startups().stream().findFirst();
        for (PlatformService service : PlatformService.values()) {
            Optional<StartupTime> startup = measured.flatMap(run -> timeOf(run, service));
            OptionalDouble seconds = startup.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(startup.get().processToHealthy().toMillis() / 1000.0);
            String shown = startup.isEmpty() ? "not measured (stack already running)"
                    : String.format(Locale.ROOT, "%.2f s (Micronaut's own: %s; %s)", seconds.getAsDouble(),
                    startup.get().micronautReported().map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0)).orElse("n/a"),
                    measured.get().condition());
            rows.add(new Target("start-up " + service.module() + " (process start → /health UP)", seconds, shown,
                    STARTUP_S, "s", true));
        }
        return rows;
    }

    /** The targets table alone (also printed at the end of a run). */
    public static String targets(BenchResults results) {
        StringBuilder table = new StringBuilder();
        table.append("| figure | measured | target | ratio (measured ÷ target) | result |\n");
        table.append("|---|---|---|---|---|\n");
        for (Target row : targetRows(results)) {
            table.append("| ").append(row.figure()).append(" | ").append(row.shown()).append(" | ")
                    .append(row.targetText()).append(" | ").append(row.ratioText()).append(" | ")
                    .append(row.verdict()).append(" |\n");
        }
        return table.toString();
    }

    /** The whole report. */
    public static String render(BenchResults results, String plotFile) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark ").append(results.finishedAt().toLocalDateTime().withNano(0)).append(" UTC")
                .append(results.options().smoke() ? " (smoke run: proves the benchmark works, not the platform's speed)" : "")
                .append("\n\n");
        md.append("Produced by `./bench/run").append(arguments(results)).append("` in ")
                .append(results.runTime().toSeconds()).append(" s.\n\n");
        md.append("## Targets\n\n").append(targets(results)).append('\n');
        md.append("![latency by percentile](").append(plotFile).append(")\n\n");

        md.append("## Machine and stack\n\n");
        results.machine().forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("- stack: ").append(results.stack()).append('\n');
        results.configuration().forEach((key, value) -> md.append("- `").append(key).append("`: `").append(value).append("`\n"));
        md.append("- phases: ").append(results.options().phaseDuration().toSeconds()).append(" s each (API phase ")
                .append(results.options().apiDuration().toSeconds()).append(" s), concurrency ")
                .append(results.options().concurrency()).append(", warm-up ").append(results.options().warmUp().toSeconds())
                .append(" s, drain timeout ").append(results.options().drainTimeout().toSeconds()).append(" s\n\n");

        md.append(BaselineSection.render(results.baseline()));

        md.append("## API: `POST /api/bookings` at fixed concurrency\n\n");
        md.append(String.format(Locale.ROOT, "%.1f accepted bookings/s over %.1f s with %d clients; latency of accepted requests %s; "
                        + "answers by status: %s.\n\n",
                results.api().acceptedPerSecond(), results.api().window().toNanos() / 1e9, results.options().concurrency(),
                percentiles(results.apiLatencies(), 1), results.api().statusCounts()));

        md.append("## End to end: booking accepted → client email accepted by the SMTP server\n\n");
        md.append("Each booking has its own client address; the latency runs from the booking's 202 answer to the mail "
                + "server's arrival stamp of the client's email (same clock). Backlog = consumer lag of the three groups + "
                + "both outboxes + pending notifications, sampled every second.\n\n");
        md.append("| offered/s | accepted/s | e2e p50 | e2e p95 | e2e p99 | e2e max | emails | backlog slope /s | max backlog | drain | verdict |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (EndToEndStep step : results.sustainedSteps()) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d/%d | %+.2f | %d | %.1f s | %s |\n",
                    step.rate(), step.load().acceptedPerSecond(), ms(step.latencies().p50()), ms(step.latencies().p95()),
                    ms(step.latencies().p99()), ms(step.latencies().max()), step.delivered(), step.load().accepted().size(),
                    step.trend().slopePerSecond(), step.trend().maximum(), step.drainTime().toMillis() / 1000.0, step.verdict()));
        }
        md.append('\n').append("Highest sustained rate: ")
                .append(results.highestSustainedRate().map(rate -> rate + " bookings/s").orElse("none of the rates tried"))
                .append(" (a step is sustained when ≥ 97 % of offered bookings were accepted, the backlog's least-squares slope "
                        + "stayed under 2 % of the rate per second, and every email arrived within the drain timeout).\n\n");

        md.append(CostSection.render(results.sustainedSteps()));

        md.append("## Footprint\n\n| service | peak RSS (VmHWM) | highest sampled RSS under load |\n");
        md.append("|---|---|---|\n");
        for (PlatformService service : PlatformService.values()) {
            Optional<Footprint> footprint = results.footprint().stream().filter(f -> f.service() == service).findFirst();
            md.append("| ").append(service.module()).append(" | ")
                    .append(footprint.map(f -> String.format(Locale.ROOT, "%.0f MB", f.peakBytes() / MB)).orElse("–")).append(" | ")
                    .append(footprint.map(f -> String.format(Locale.ROOT, "%.0f MB", f.maxSampledBytes() / MB)).orElse("–")).append(" |\n");
        }
        md.append('\n').append(startupSection(results.startups()));

        md.append("## Backlog over the run\n\n").append(backlogSummary(results.backlog())).append('\n');
        if (!results.profiles().isEmpty()) {
            md.append("## Profiles (JFR)\n\n");
            results.profiles().forEach((service, summary) -> md.append("### ").append(service).append("\n\n```\n")
                    .append(summary).append("```\n\n"));
        }
        return md.toString();
    }

    /** Every measured start side by side: process start → /health UP, and Micronaut's own figure. */
    static String startupSection(List<StartupRun> runs) {
        StringBuilder md = new StringBuilder("## Start-up\n\n");
        if (runs.isEmpty()) {
            return md.append("Not measured: the stack was already running.\n\n").toString();
        }
        md.append("Process start (the kernel's start time) → first `/health` UP, polled every 25 ms; in brackets Micronaut's own "
                + "\"Startup completed in\". Every start is on fresh data (Flyway migrates each database), with Kafka and "
                + "PostgreSQL already up. \"Alone\": each service is started once the one before it is UP. The target compares "
                + "the first column: the target is per service, and three JVMs starting at once on this machine's cores "
                + "measure their contention as much as the service.\n\n| service |");
        runs.forEach(run -> md.append(' ').append(run.condition()).append(" |"));
        md.append("\n|---|").append("---|".repeat(runs.size())).append('\n');
        for (PlatformService service : PlatformService.values()) {
            md.append("| ").append(service.module()).append(" |");
            for (StartupRun run : runs) {
                md.append(' ').append(timeOf(run, service).map(time -> time.processToHealthy().toMillis() + " ms ("
                        + time.micronautReported().map(d -> d.toMillis() + " ms").orElse("n/a") + ")").orElse("–")).append(" |");
            }
            md.append('\n');
        }
        return md.append('\n').toString();
    }

    private static Optional<StartupTime> timeOf(StartupRun run, PlatformService service) {
        return run.times().stream().filter(time -> time.service() == service).findFirst();
    }

    private static String arguments(BenchResults results) {
        StringBuilder text = new StringBuilder();
        if (results.options().smoke()) {
            text.append(" --smoke");
        }
        results.options().target().ifPresent(url -> text.append(" --target ").append(url));
        if (results.options().profile()) {
            text.append(" --profile");
        }
        if (results.options().classDataSharing() == results.options().smoke()) {
            text.append(results.options().classDataSharing() ? " --cds" : " --no-cds");
        }
        text.append(" --duration ").append(results.options().phaseDuration().toSeconds()).append('s')
                .append(" --api-duration ").append(results.options().apiDuration().toSeconds()).append('s')
                .append(" --concurrency ").append(results.options().concurrency())
                .append(" --rate ").append(results.options().e2eRate())
                .append(" --warm-up ").append(results.options().warmUp().toSeconds()).append('s')
                .append(" --drain-timeout ").append(results.options().drainTimeout().toSeconds()).append('s');
        return text.toString();
    }

    private static String backlogSummary(List<BacklogSample> samples) {
        if (samples.isEmpty()) {
            return "No samples.\n";
        }
        long maxLag = samples.stream().mapToLong(BacklogSample::consumerLag).max().orElse(0);
        // Which stage fell behind: each group's own highest lag (not necessarily at the same moment).
        Map<String, Long> maxByGroup = new LinkedHashMap<>();
        samples.forEach(sample -> sample.lagByGroup().forEach((group, lag) -> maxByGroup.merge(group, lag, Math::max)));
        String byGroup = maxByGroup.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        long maxBookingOutbox = samples.stream().mapToLong(BacklogSample::bookingOutbox).max().orElse(0);
        long maxScreeningOutbox = samples.stream().mapToLong(BacklogSample::screeningOutbox).max().orElse(0);
        long maxPending = samples.stream().mapToLong(BacklogSample::pendingNotifications).max().orElse(0);
        return String.format(Locale.ROOT, "%d samples; highest consumer lag %d (highest per group: %s), booking outbox %d, "
                + "screening outbox %d, pending notifications %d.\n", samples.size(), maxLag, byGroup, maxBookingOutbox,
                maxScreeningOutbox, maxPending);
    }

    private static String percentiles(Latencies latencies, int decimals) {
        String format = "%." + decimals + "f";
        return String.format(Locale.ROOT, "p50 " + format + " ms, p95 " + format + " ms, p99 " + format + " ms, max " + format
                        + " ms (%d samples)", ms(latencies.p50()), ms(latencies.p95()), ms(latencies.p99()), ms(latencies.max()),
                latencies.count());
    }

    static double ms(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
