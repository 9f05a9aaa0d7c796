package studio.vive.bench.stack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.vive.bench.measure.GreenMailArrivals;
import studio.vive.bench.measure.MailArrivals;
import studio.vive.localinfra.EmbeddedPostgres;
import studio.vive.localstack.LocalStack;

/**
 * The local stack ({@code ./run-local}'s {@link LocalStack}) started by the benchmark with its own,
 * always fresh, data folder and the benchmark's {@link StackTuning}. Its console (service output and
 * progress) goes to {@code stack.log} in the work folder, not to the benchmark's progress.
 */
public final class EmbeddedStack implements BenchStack {

    private final LocalStack stack;
    private final PrintStream stackConsole;
    private final List<StartupTime> startupTimes;
    private final Map<String, String> configuration;
    private final Path recordings;

    private EmbeddedStack(LocalStack stack, PrintStream stackConsole, List<StartupTime> startupTimes,
                          Map<String, String> configuration, Path recordings) {
        this.stack = stack;
        this.stackConsole = stackConsole;
        this.startupTimes = startupTimes;
        this.configuration = configuration;
        this.recordings = recordings;
    }

    /**
     * Starts Kafka, PostgreSQL, the mail server and the three services, and measures each service's
     * start-up on the way.
     *
     * @param repoRoot      where the service jars are built
     * @param workDirectory emptied first: the stack's data, the service logs and JFR recordings
     * @param profile       record every service with JFR
     */
    public static EmbeddedStack start(Path repoRoot, Path workDirectory, boolean profile) {
        Path data = workDirectory.resolve("stack");
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
        LocalStack stack = new LocalStack(repoRoot, data, true, console, jvmOptions, environment);
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
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("service JVM options", String.join(" ", jvmOptions));
        environment.forEach(configuration::put);
        return new EmbeddedStack(stack, console, watch.results(data.resolve("logs")), configuration, recordings);
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
    public List<StartupTime> startupTimes() {
        return startupTimes;
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
