package studio.vive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import studio.vive.bench.baseline.BaselineRuns;
import studio.vive.bench.baseline.DurabilityComparison;
import studio.vive.bench.cost.CostPerBooking;
import studio.vive.bench.cost.CpuMeter;
import studio.vive.bench.cost.CpuSnapshot;
import studio.vive.bench.load.BookingSubmitter;
import studio.vive.bench.load.ClosedLoopLoad;
import studio.vive.bench.load.FixedRateLoad;
import studio.vive.bench.load.LoadResult;
import studio.vive.bench.load.SlotPlanner;
import studio.vive.bench.load.Submission;
import studio.vive.bench.measure.BacklogSample;
import studio.vive.bench.measure.BacklogSampler;
import studio.vive.bench.measure.BacklogTrend;
import studio.vive.bench.measure.Latencies;
import studio.vive.bench.measure.MailArrivals;
import studio.vive.bench.measure.ProcessMemory;
import studio.vive.bench.profile.JfrSummary;
import studio.vive.bench.report.LatencyPlot;
import studio.vive.bench.report.CostSection;
import studio.vive.bench.report.MarkdownReport;
import studio.vive.bench.stack.BenchStack;
import studio.vive.bench.stack.EmbeddedStack;
import studio.vive.bench.stack.PlatformService;
import studio.vive.bench.stack.RunningStack;

/**
 * {@code ./bench/run}: starts the stack (or targets a running one), then, on the same machine and in
 * one run: PostgreSQL's commit baseline, the booking API at fixed concurrency, bookings at a fixed
 * rate end to end (accepted → client email), the highest rate sustained without a growing backlog,
 * and each service's start-up and memory. Writes {@code <results>/<date>.md} and the latency plot.
 */
public final class Benchmark {

    private static final Duration SAMPLE_INTERVAL = Duration.ofSeconds(1);
    private static final Duration SMOKE_SAMPLE_INTERVAL = Duration.ofMillis(250);
    /** Listing the mail server's messages is not free: often enough to end a drain promptly, no more. */
    private static final Duration DRAIN_POLL = Duration.ofSeconds(1);
    /** Slots planned for the API phase per expected accepted booking: the estimate comes from the warm-up. */
    private static final double API_SLOT_HEADROOM = 2.5;
    private static final int MINIMUM_API_SLOTS = 200;
    /** Warm-up bookings a second assumed before anything was measured. */
    private static final int WARM_UP_RATE_GUESS = 150;
    /** The baseline's loops: two servers (fsync on, off) × two connection counts. */
    private static final int BASELINE_LOOPS = 4;
    private static final Duration BASELINE_MINIMUM_LOOP = Duration.ofSeconds(1);
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;

    private final BenchOptions options;
    private final Console console;

    public Benchmark(BenchOptions options, Console console) {
        this.options = options;
        this.console = console;
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(BenchOptions.usage());
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(arguments, Path.of(System.getProperty("vive.root", "")).toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + BenchOptions.usage());
            System.exit(EXIT_USAGE);
            return;
        }
        Console console = new Console(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        try {
            Path report = new Benchmark(options, console).run();
            console.step("report: " + report);
            // Kafka's and the HTTP client's threads would keep the JVM alive.
            System.exit(0);
        } catch (RuntimeException e) {
            console.warn("benchmark failed: " + e);
            e.printStackTrace();
            System.exit(EXIT_FAILED);
        }
    }

    /** Runs every phase and writes the report; returns the report's path. */
    public Path run() {
        long started = System.nanoTime();
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("load average before", MachineLoad.now());
        if (MachineLoad.oneMinute() > MachineLoad.QUIET) {
            console.warn("load average " + MachineLoad.now() + " (above " + MachineLoad.QUIET
                    + "): other work shares the cores, the figures will be low and noisy");
        }
        console.step(options.target().map(url -> "measuring the running stack at " + url)
                .orElse("starting the stack (Kafka, PostgreSQL, mail, 3 services) with data in " + options.workDirectory()));
        BenchStack stack = options.target().<BenchStack>map(RunningStack::new)
                .orElseGet(() -> EmbeddedStack.start(options.repoRoot(), prepareWork(), options.profile(),
                        options.classDataSharing(), options.postgres(), console::info));
        ExecutorService httpThreads = Executors.newFixedThreadPool(Math.max(4, options.concurrency()), runnable -> {
            Thread thread = new Thread(runnable, "bench-http");
            thread.setDaemon(true);
            return thread;
        });
        BenchResults results;
        Map<PlatformService, Long> pids;
        try (BacklogSampler sampler = new BacklogSampler(stack)) {
            stack.startups().forEach(run -> run.times().forEach(time -> console.info(String.format(
                    "%s UP %d ms after its process started (Micronaut: %s), %s", time.service().module(),
                    time.processToHealthy().toMillis(), time.micronautReported().map(d -> d.toMillis() + " ms").orElse("n/a"),
                    run.condition()))));
            sampler.start(options.smoke() ? SMOKE_SAMPLE_INTERVAL : SAMPLE_INTERVAL);
            SlotPlanner planner = new SlotPlanner(stack.bookingUrl());
            BookingSubmitter submitter = new BookingSubmitter(stack.bookingUrl(), httpThreads);
            Phases phases = new Phases(stack, sampler, planner, submitter);

            BaselineRuns baseline = phases.baseline();
            double warmUpRate = phases.warmUp();
            LoadResult api = phases.api(warmUpRate);
            List<EndToEndStep> steps = new ArrayList<>();
            EndToEndStep endToEnd = phases.fixedRate(options.e2eRate());
            steps.add(endToEnd);
            steps.addAll(phases.sustainedSearch(endToEnd, api.acceptedPerSecond()));

            pids = stack.servicePids();
            List<Footprint> footprint = footprint(pids, sampler.all());
            machine.put("load average after", MachineLoad.now());
            results = new BenchResults(ZonedDateTime.now(ZoneOffset.UTC), options, stack.description(), stack.configuration(),
                    machine, stack.startups(), baseline, api, Latencies.of(api.accepted().stream().map(Submission::latency).toList()),
                    endToEnd, steps, footprint, sampler.all(), Map.of(), Duration.ZERO);
        } finally {
            console.step("stopping the stack");
            stack.close();
            httpThreads.shutdownNow();
        }
        Map<String, String> profiles = Map.of();
        if (options.profile() && stack instanceof EmbeddedStack embedded) {
            console.step("summarising the JFR recordings in " + embedded.recordings());
            profiles = JfrSummary.summarise(embedded.recordings(), pids);
        }
        results = new BenchResults(results.finishedAt(), options, results.stack(), results.configuration(), results.machine(),
                results.startups(), results.baseline(), results.api(), results.apiLatencies(), results.endToEnd(),
                results.sustainedSteps(), results.footprint(), results.backlog(), profiles,
                Duration.ofNanos(System.nanoTime() - started));
        return write(results);
    }

    private Path prepareWork() {
        try {
            Files.createDirectories(options.workDirectory());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + options.workDirectory(), e);
        }
        return options.workDirectory();
    }

    private Path write(BenchResults results) {
        String stamp = results.finishedAt().toLocalDateTime().withNano(0).toString().replace(":", "");
        String name = stamp + (options.smoke() ? "-smoke" : "");
        Path report = options.resultsDirectory().resolve(name + ".md");
        Path plot = options.resultsDirectory().resolve(name + "-latency.svg");
        try {
            Files.createDirectories(options.resultsDirectory());
            Files.writeString(plot, LatencyPlot.render(results), StandardCharsets.UTF_8);
            String markdown = MarkdownReport.render(results, plot.getFileName().toString());
            Files.writeString(report, markdown, StandardCharsets.UTF_8);
            console.info("");
            MarkdownReport.targets(results).lines().forEach(console::info);
            console.info("");
            CostSection.table(results.sustainedSteps()).lines().forEach(console::info);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the report to " + options.resultsDirectory(), e);
        }
        return report;
    }

    private static List<Footprint> footprint(Map<PlatformService, Long> pids, List<BacklogSample> samples) {
        List<Footprint> footprint = new ArrayList<>();
        pids.forEach((service, pid) -> {
            OptionalLong peak = ProcessMemory.residentPeak(pid);
            long sampled = samples.stream().mapToLong(s -> s.residentBytes().getOrDefault(service, 0L)).max().orElse(0);
            footprint.add(new Footprint(service, peak.orElse(0), sampled));
        });
        return footprint;
    }

    /** The phases, sharing the stack, the sampler and the slot plan. */
    private final class Phases {

        private final BenchStack stack;
        private final BacklogSampler sampler;
        private final SlotPlanner planner;
        private final BookingSubmitter submitter;
        private final MailArrivals mail;
        private final CpuMeter cpu;

        Phases(BenchStack stack, BacklogSampler sampler, SlotPlanner planner, BookingSubmitter submitter) {
            this.stack = stack;
            this.sampler = sampler;
            this.planner = planner;
            this.submitter = submitter;
            this.mail = stack.mailArrivals();
            this.cpu = CpuMeter.of(stack);
        }

        /** The phase's time shared by four loops: the stack's server and a second one, each on 1 and 8 connections. */
        BaselineRuns baseline() {
            Duration each = Duration.ofMillis(Math.max(BASELINE_MINIMUM_LOOP.toMillis(),
                    options.phaseDuration().toMillis() / BASELINE_LOOPS));
            console.step(String.format("baseline: single-row insert+commit on PostgreSQL, fsync on and off, %s connections, %.1f s each",
                    DurabilityComparison.CONNECTIONS, each.toMillis() / 1000.0));
            return DurabilityComparison.run(stack, prepareWork(), each, console::info);
        }

        /** Unmeasured bookings so the services' JIT, pools and connections are warm; returns their rate. */
        double warmUp() {
            int slots = (int) Math.max(MINIMUM_API_SLOTS, WARM_UP_RATE_GUESS * options.warmUp().toSeconds());
            console.step(String.format("warm-up: %d s of bookings at concurrency %d (not measured); planning %d slots",
                    options.warmUp().toSeconds(), options.concurrency(), slots));
            LoadResult warmUp = ClosedLoopLoad.run(submitter, planner.take(slots), options.concurrency(), options.warmUp());
            console.info(String.format("%.0f bookings/s accepted, answers %s", warmUp.acceptedPerSecond(), warmUp.statusCounts()));
            drain(warmUp);
            return warmUp.acceptedPerSecond();
        }

        LoadResult api(double warmUpRate) {
            int slots = (int) Math.max(MINIMUM_API_SLOTS, warmUpRate * API_SLOT_HEADROOM * options.apiDuration().toSeconds());
            console.step(String.format("API: POST /api/bookings at concurrency %d for %d s (planning %d slots)",
                    options.concurrency(), options.apiDuration().toSeconds(), slots));
            List<studio.vive.bench.load.Slot> planned = planner.take(slots);
            LoadResult api = ClosedLoopLoad.run(submitter, planned, options.concurrency(), options.apiDuration());
            if (api.submissions().size() >= planned.size()) {
                console.warn("the API phase used every planned slot before its time was up: its rate is a lower bound");
            }
            Latencies latencies = Latencies.of(api.accepted().stream().map(Submission::latency).toList());
            console.info(String.format("%.0f accepted/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, answers %s",
                    api.acceptedPerSecond(), millis(latencies.p50()), millis(latencies.p95()), millis(latencies.p99()),
                    api.statusCounts()));
            drain(api);
            return api;
        }

        EndToEndStep fixedRate(int rate) {
            int slots = (int) (rate * options.phaseDuration().toSeconds());
            console.step(String.format("end to end: %d bookings/s for %d s (%d bookings) ...", rate,
                    options.phaseDuration().toSeconds(), slots));
            List<studio.vive.bench.load.Slot> planned = planner.take(slots);
            CpuSnapshot before = cpu.snapshot();
            LoadResult load = FixedRateLoad.run(submitter, planned, rate, options.phaseDuration());
            BacklogTrend trend = BacklogTrend.of(sampler.between(load.started(), load.ended()), rate);
            Drained drained = drain(load);
            CostPerBooking cost = CostPerBooking.between(before, cpu.snapshot(), drained.arrivals().size());
            List<Duration> latencies = new ArrayList<>();
            for (Submission accepted : load.accepted()) {
                Instant arrived = drained.arrivals().get(accepted.clientEmail());
                if (arrived != null) {
                    latencies.add(Duration.between(accepted.answeredAt(), arrived));
                }
            }
            EndToEndStep step = new EndToEndStep(rate, load, Latencies.of(latencies), drained.arrivals().size(), trend,
                    drained.time(), drained.complete(), cost);
            console.info(String.format("%.1f accepted/s; accepted → email p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; %s; %s",
                    load.acceptedPerSecond(), millis(step.latencies().p50()), millis(step.latencies().p95()),
                    millis(step.latencies().p99()), trend.describe(options.phaseDuration()), step.verdict()));
            console.info(CostSection.line(cost));
            return step;
        }

        /**
         * The highest rate carried for a whole step: up the list from the end-to-end rate while it
         * holds, or down from it until one holds. Rates well above what the API accepted are skipped.
         */
        List<EndToEndStep> sustainedSearch(EndToEndStep endToEnd, double apiRate) {
            List<EndToEndStep> steps = new ArrayList<>();
            List<Integer> rates = options.sustainedRates().stream().distinct().sorted().toList();
            if (endToEnd.sustained()) {
                for (int rate : rates) {
                    if (rate <= endToEnd.rate()) {
                        continue;
                    }
                    if (rate > apiRate) {
                        console.info(rate + "/s skipped: above the " + Math.round(apiRate) + "/s the API accepted at full concurrency");
                        break;
                    }
                    EndToEndStep step = fixedRate(rate);
                    steps.add(step);
                    if (!step.sustained()) {
                        break;
                    }
                }
            } else {
                // What the pipeline delivered while and after it was overloaded: rates above it cannot hold.
                double capacity = endToEnd.delivered()
                        / ((endToEnd.load().window().toMillis() + endToEnd.drainTime().toMillis()) / 1000.0);
                List<Integer> lower = rates.stream().filter(rate -> rate < endToEnd.rate()).sorted((a, b) -> b - a).toList();
                List<Integer> candidates = lower.stream().filter(rate -> rate <= capacity).toList();
                if (!lower.isEmpty()) {
                    console.info(String.format("the pipeline delivered %.1f client emails/s while overloaded: trying %s",
                            capacity, candidates.isEmpty() ? lower : candidates));
                }
                for (int rate : candidates.isEmpty() ? lower : candidates) {
                    EndToEndStep step = fixedRate(rate);
                    steps.add(step);
                    if (step.sustained()) {
                        break;
                    }
                }
            }
            return steps;
        }

        /** Waits until every accepted booking's client email arrived and the backlog is empty, or the timeout. */
        private Drained drain(LoadResult load) {
            Set<String> expected = load.accepted().stream().map(Submission::clientEmail).collect(Collectors.toSet());
            long begin = System.nanoTime();
            long deadline = begin + options.drainTimeout().toNanos();
            Map<String, Instant> arrivals = new HashMap<>();
            while (true) {
                arrivals = mail.firstArrivals(expected);
                boolean empty = sampler.sample().total() == 0;
                if (arrivals.size() == expected.size() && empty) {
                    return new Drained(arrivals, Duration.ofNanos(System.nanoTime() - begin), true);
                }
                if (System.nanoTime() > deadline) {
                    console.warn(String.format("after %d s: %d of %d emails arrived, backlog %s", options.drainTimeout().toSeconds(),
                            arrivals.size(), expected.size(), sampler.sample()));
                    return new Drained(arrivals, options.drainTimeout(), false);
                }
                LockSupport.parkNanos(DRAIN_POLL.toNanos());
            }
        }
    }

    private record Drained(Map<String, Instant> arrivals, Duration time, boolean complete) {
    }

    static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
