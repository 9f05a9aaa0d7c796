package studio.vive.bench.stack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import studio.vive.bench.measure.GreenMailArrivals;
import studio.vive.bench.measure.MailArrivals;
import studio.vive.localinfra.EmbeddedPostgres;
import studio.vive.localinfra.PostgresDurability;
import studio.vive.localstack.LocalStack;
import studio.vive.localstack.LocalStack.ServiceStart;

/**
 * The local stack ({@code ./run-local}'s {@link LocalStack}) started by the benchmark with its own,
 * always fresh, data folder and the benchmark's {@link StackTuning}. Its console (service output and
 * progress) goes to {@code stack.log} in the work folder, not to the benchmark's progress.
 */
public final class EmbeddedStack implements BenchStack {

    /** How long a stopped service may take to write its class-data archive and exit. */
    private static final Duration CLEAN_EXIT = Duration.ofMinutes(2);
    /** Each service started once the one before it is UP: the start-up is its own. */
    private static final String ALONE = "alone";
    /** As ./run-local starts them: three JVMs starting on the same cores at once. */
    private static final String TOGETHER = "all three at once (./run-local)";

    private final LocalStack stack;
    private final PrintStream stackConsole;
    private final List<StartupRun> startups;
    private final Map<String, String> configuration;
    private final Path recordings;

    private EmbeddedStack(LocalStack stack, PrintStream stackConsole, List<StartupRun> startups,
                          Map<String, String> configuration, Path recordings) {
        this.stack = stack;
        this.stackConsole = stackConsole;
        this.startups = startups;
        this.configuration = configuration;
        this.recordings = recordings;
    }

    /**
     * Starts Kafka, PostgreSQL, the mail server and the three services, and measures each service's
     * start-up on the way. The services start one at a time, so each one's start-up is its own and
     * not the machine's contention between three JVMs starting on two cores.
     *
     * <p>With class-data sharing, three starts, each on fresh data: a training start (alone, without
     * archives; each service then stopped cleanly writes its archive), the archives checked, a start
     * of all three at once with their archives (stopped again), and the start the benchmark measures
     * and then runs on: alone, with the archives.
     *
     * @param repoRoot          where the service jars are built
     * @param workDirectory     the stacks' data, the service logs, the JFR recordings and CDS archives
     * @param profile           record every service with JFR
     * @param classDataSharing  train and use a class-data-sharing archive per service
     * @param postgres          how durable the stack's PostgreSQL is
     * @param progress          where each start's progress is told
     */
    public static EmbeddedStack start(Path repoRoot, Path workDirectory, boolean profile, boolean classDataSharing,
                                      PostgresDurability postgres, Consumer<String> progress) {
        Path recordings = workDirectory.resolve("jfr");
        PrintStream console;
        try {
            Files.createDirectories(recordings);
            console = new PrintStream(new FileOutputStream(workDirectory.resolve("stack.log").toFile()), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + workDirectory, e);
        }
        List<String> jvmOptions = StackTuning.jvmOptions(profile, recordings);
        Map<String, String> environment = StackTuning.environment();
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("PostgreSQL", postgres.description() + " (--pg=durable|fast)");
        configuration.put("service JVM options", String.join(" ", jvmOptions));
        environment.forEach(configuration::put);
        Starter starter = new Starter(repoRoot, workDirectory, console, jvmOptions, environment, postgres);
        List<StartupRun> comparisons = new ArrayList<>();
        Function<String, List<String>> measuredOptions = module -> List.of();
        if (classDataSharing) {
            ClassDataSharing sharing = new ClassDataSharing(workDirectory.resolve("cds"));
            sharing.forgetArchives();
            progress.accept("training start: each service alone without an archive, stopped cleanly to write its "
                    + "class-data archive (data in " + workDirectory.resolve("stack-training") + ")");
            comparisons.add(starter.startAndStop("stack-training", sharing::trainingOptions, ServiceStart.ONE_AT_A_TIME,
                    ALONE + ", no CDS archive (training start)"));
            sharing.verify(ClassDataSharing.serviceJars(repoRoot), jvmOptions);
            progress.accept("all three services at once with their archives, as ./run-local starts them (data in "
                    + workDirectory.resolve("stack-together") + ")");
            comparisons.add(starter.startAndStop("stack-together", sharing::useOptions, ServiceStart.TOGETHER,
                    TOGETHER + ", with CDS archives"));
            measuredOptions = sharing::useOptions;
            configuration.put("class-data sharing", "each service maps its own archive, trained in this run: "
                    + String.join(" ", sharing.useOptions(PlatformService.BOOKING.module())) + " (likewise for the others)");
        } else {
            configuration.put("class-data sharing", "no service archive (--no-cds, or a smoke run); the JDK's own default archive only");
        }
        progress.accept("the measured start: each service alone" + (classDataSharing ? " with its archive" : "")
                + " (data in " + workDirectory.resolve("stack") + ")");
        Started measured = starter.start("stack", measuredOptions, ServiceStart.ONE_AT_A_TIME,
                ALONE + (classDataSharing ? ", with its CDS archive" : ", no CDS archive"));
        List<StartupRun> startups = new ArrayList<>();
        startups.add(measured.run());
        startups.addAll(comparisons);
        return new EmbeddedStack(measured.stack(), console, startups, configuration, recordings);
    }

    /** A started local stack and its services' start-up. */
    private record Started(LocalStack stack, StartupRun run) {
    }

    /** Starts local stacks with the benchmark's tuning, each in its own data folder, watching the services start. */
    private record Starter(Path repoRoot, Path workDirectory, PrintStream console, List<String> jvmOptions,
                           Map<String, String> environment, PostgresDurability postgres) {

        /**
         * A fresh stack in {@code <work>/<folder>}: a folder of its own because a stack holds its data
         * folder's lock until the JVM exits.
         */
        Started start(String folder, Function<String, List<String>> serviceOptions, ServiceStart order, String condition) {
            Path data = workDirectory.resolve(folder);
            LocalStack stack = new LocalStack(repoRoot, data, true, console,
                    module -> concat(jvmOptions, serviceOptions.apply(module)), environment, order, postgres);
            StartupWatch watch = new StartupWatch(() -> pidsOf(stack));
            Thread watcher = new Thread(watch, "bench-startup-watch");
            watcher.setDaemon(true);
            watcher.start();
            int exit = stack.run();
            watch.stop();
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (exit != 0) {
                console.close();
                throw new IllegalStateException("the stack did not start; see " + workDirectory.resolve("stack.log"));
            }
            return new Started(stack, new StartupRun(condition, watch.results(data.resolve("logs"))));
        }

        /**
         * A start that is measured and stopped again. The services are stopped cleanly (SIGTERM) one
         * at a time, each given {@link #CLEAN_EXIT} to exit, before the stack stops the rest: a JVM
         * writes its class-data archive on the way out, and three writing at once on a busy machine
         * could outlast the stack's own grace period and be killed with no archive.
         */
        StartupRun startAndStop(String folder, Function<String, List<String>> serviceOptions, ServiceStart order, String condition) {
            Started started = start(folder, serviceOptions, order, condition);
            started.stack().servicePids().values().forEach(pid -> ProcessHandle.of(pid).ifPresent(Starter::stopCleanly));
            started.stack().stop();
            return started.run();
        }

        private static void stopCleanly(ProcessHandle service) {
            service.destroy();
            try {
                service.onExit().get(CLEAN_EXIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // The stack's stop kills it; the archive check then says which archive is missing.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static List<String> concat(List<String> first, List<String> second) {
            List<String> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }
    }

    private static Map<PlatformService, Long> pidsOf(LocalStack stack) {
        Map<PlatformService, Long> pids = new EnumMap<>(PlatformService.class);
        stack.servicePids().forEach((module, pid) -> pids.put(PlatformService.ofModule(module), pid));
        return pids;
    }

    /** Where the JFR recordings are written when profiling (each named after its JVM's pid). */
    public Path recordings() {
        return recordings;
    }

    @Override
    public URI bookingUrl() {
        return URI.create("http://localhost:" + PlatformService.BOOKING.port());
    }

    @Override
    public String jdbcUrl(String database) {
        return stack.jdbcUrl(database);
    }

    @Override
    public String databaseUser() {
        return EmbeddedPostgres.USERNAME;
    }

    @Override
    public String databasePassword() {
        return EmbeddedPostgres.PASSWORD;
    }

    @Override
    public String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    @Override
    public MailArrivals mailArrivals() {
        return new GreenMailArrivals(stack::receivedMail);
    }

    @Override
    public Map<PlatformService, Long> servicePids() {
        return pidsOf(stack);
    }

    @Override
    public List<StartupRun> startups() {
        return startups;
    }

    @Override
    public String description() {
        return "embedded stack started by the benchmark (LocalStack: Kafka, PostgreSQL 17, GreenMail in the benchmark's JVM; "
                + "each service a child JVM from its jar)";
    }

    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    @Override
    public void close() {
        stack.stop();
        stackConsole.close();
    }
}
