package studio.vive.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.vive.localinfra.PostgresDurability;

/**
 * What one benchmark run does, from the command line of {@code ./bench/run}.
 *
 * @param phaseDuration     how long each measured phase runs (baseline, fixed rate, each sustained step)
 * @param apiDuration       how long the API phase runs (its emails must drain before the end-to-end phase)
 * @param concurrency       clients in flight for the baseline and the API phase
 * @param e2eRate           bookings per second of the fixed-rate end-to-end phase
 * @param sustainedRates    the rates tried, in order, for the highest sustained end-to-end rate
 * @param warmUp            bookings at the API's concurrency before anything is measured (JIT, pools)
 * @param drainTimeout      how long to wait after a phase for every email and for the backlog to empty
 * @param target            a running stack's booking-service, or empty to start the embedded one
 * @param repoRoot          the repository (service jars under {@code <module>/target})
 * @param workDirectory     the embedded stack's data and the service logs
 * @param resultsDirectory  where the report and the plot are written
 * @param profile           record the services with JFR and summarise the recordings in the report
 * @param smoke             a run of a few seconds that proves the benchmark works, not the platform's speed
 * @param classDataSharing  train a class-data-sharing archive per service and start the measured services with it
 * @param postgres          the embedded stack's PostgreSQL: durable (as production) unless {@code --pg=fast}
 */
public record BenchOptions(Duration phaseDuration, Duration apiDuration, int concurrency, int e2eRate, List<Integer> sustainedRates,
                           Duration warmUp, Duration drainTimeout, Optional<URI> target, Path repoRoot,
                           Path workDirectory, Path resultsDirectory, boolean profile, boolean smoke,
                           boolean classDataSharing, PostgresDurability postgres) {

    /** {@code LocalStack}'s system property shifting every port of the stack (read by it and by {@code PlatformService}). */
    static final String PORT_OFFSET_PROPERTY = "vive.port-offset";
    static final String PG_OPTION = "--pg";
    static final Duration FULL_PHASE = Duration.ofSeconds(60);
    static final Duration SMOKE_PHASE = Duration.ofSeconds(3);
    static final int DEFAULT_CONCURRENCY = 8;
    static final int SMOKE_CONCURRENCY = 2;
    static final int E2E_RATE = 100;
    static final int SMOKE_RATE = 10;
    static final List<Integer> SUSTAINED_RATES = List.of(10, 25, 50, 100, 150, 200, 300, 400);
    static final Duration FULL_WARM_UP = Duration.ofSeconds(15);
    static final Duration SMOKE_WARM_UP = Duration.ofSeconds(1);
    /** A step the platform cannot carry leaves minutes of email behind it: wait it out before the next. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(300);
    static final Duration SMOKE_DRAIN_TIMEOUT = Duration.ofSeconds(120);

    /** The usage text of {@code ./bench/run}. */
    public static String usage() {
        return """
                Usage: ./bench/run [options]
                  --duration 60s        length of each measured phase (default 60s; smoke 3s)
                  --api-duration 60s    length of the API phase (default: --duration)
                  --concurrency 8       clients in flight for the baseline and the API phase
                  --rate 100            bookings/s of the fixed-rate end-to-end phase
                  --rates 10,25,50,100  rates tried for the highest sustained end-to-end rate
                  --drain-timeout 300s  longest wait after a phase for its emails and an empty backlog
                  --warm-up 15s         unmeasured bookings before the API phase
                  --target URL          measure a running stack (./run-local) instead of starting one
                  --results DIR         where <date>.md and <date>-latency.svg go
                                        (default bench/results; smoke: bench/target/smoke-results)
                  --work DIR            embedded stack data and service logs (default bench/target/bench-work)
                  --port-offset N       shift every port of the stack by N (to run beside ./run-local)
                  --profile             record every service with JFR and summarise it in the report
                  --smoke               a few seconds per phase: proves the benchmark works, not the speed
                  --no-cds              start the services without class-data-sharing archives (and
                                        skip their training start); the default but for --smoke
                  --cds                 train and use the archives in a smoke run too
                  --pg=durable|fast     the embedded stack's PostgreSQL: durable (fsync, synchronous_commit,
                                        full_page_writes on; the default) or fast (fsync and
                                        synchronous_commit off). The commit baseline measures both anyway
                  --no-build            (bench/run script only) use the jars already built""";
    }

    /** Parses the command line; throws {@link IllegalArgumentException} with a readable message. */
    public static BenchOptions parse(List<String> arguments, Path repoRoot) {
        boolean smoke = arguments.contains("--smoke");
        Duration duration = smoke ? SMOKE_PHASE : FULL_PHASE;
        Duration apiDuration = null;
        int concurrency = smoke ? SMOKE_CONCURRENCY : DEFAULT_CONCURRENCY;
        int rate = smoke ? SMOKE_RATE : E2E_RATE;
        List<Integer> rates = smoke ? List.of(SMOKE_RATE) : SUSTAINED_RATES;
        Duration warmUp = smoke ? SMOKE_WARM_UP : FULL_WARM_UP;
        Duration drainTimeout = smoke ? SMOKE_DRAIN_TIMEOUT : DRAIN_TIMEOUT;
        Optional<URI> target = Optional.empty();
        // A smoke run's report proves nothing about speed: it stays out of the committed results.
        Path results = smoke ? repoRoot.resolve("bench").resolve("target").resolve("smoke-results")
                : repoRoot.resolve("bench").resolve("results");
        Path work = repoRoot.resolve("bench").resolve("target").resolve("bench-work");
        boolean profile = false;
        // The training start and the start of all three at once cost about half a minute: a smoke
        // run proves the benchmark works, not the start-up figure, so it skips them unless asked.
        boolean classDataSharing = !smoke;
        PostgresDurability postgres = PostgresDurability.DURABLE;
        List<String> rest = new ArrayList<>(arguments);
        while (!rest.isEmpty()) {
            String given = rest.remove(0);
            boolean joined = given.startsWith(PG_OPTION + "=");
            if (joined) {
                rest.add(0, given.substring(PG_OPTION.length() + 1));
            }
            String option = joined ? PG_OPTION : given;
            switch (option) {
                case "--smoke" -> { }
                case "--profile" -> profile = true;
                case "--cds" -> classDataSharing = true;
                case "--no-cds" -> classDataSharing = false;
                case "--duration" -> duration = duration(value(option, rest));
                case "--api-duration" -> apiDuration = duration(value(option, rest));
                case "--concurrency" -> concurrency = positive(option, value(option, rest));
                case "--rate" -> rate = positive(option, value(option, rest));
                case "--rates" -> rates = Arrays.stream(value(option, rest).split(","))
                        .map(String::trim).map(each -> positive(option, each)).toList();
                case "--warm-up" -> warmUp = duration(value(option, rest));
                case "--drain-timeout" -> drainTimeout = duration(value(option, rest));
                case PG_OPTION -> postgres = durability(value(option, rest));
                case "--target" -> target = Optional.of(URI.create(value(option, rest)));
                case "--results" -> results = Path.of(value(option, rest));
                case "--work" -> work = Path.of(value(option, rest));
                case "--port-offset" -> System.setProperty(PORT_OFFSET_PROPERTY, String.valueOf(positive(option, value(option, rest))));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new BenchOptions(duration, apiDuration == null ? duration : apiDuration, concurrency, rate, rates, warmUp, drainTimeout, target,
                repoRoot, work.toAbsolutePath(), results.toAbsolutePath(), profile, smoke, classDataSharing, postgres);
    }

    private static PostgresDurability durability(String value) {
        try {
            return PostgresDurability.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PG_OPTION + " needs durable or fast, not " + value);
        }
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int positive(String option, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, not " + value);
    }

    /** {@code 60s}, {@code 2m}, {@code 500ms} or an ISO-8601 duration. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase();
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (e.g. 60s, 2m, 500ms)");
        }
    }
}
