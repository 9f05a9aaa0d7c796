package studio.vive.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import studio.vive.localinfra.EmbeddedPostgres;
import studio.vive.localinfra.PostgresDurability;
import studio.vive.localinfra.PostgresPlatform;
import studio.vive.localinfra.ReceivedMail;

/**
 * {@code ./run-local}: the whole platform on this machine. Starts Kafka (KRaft), PostgreSQL and
 * the mail server in this JVM with their data under {@code .local/}, then the three services
 * from their jars as child processes, waits until each reports UP on {@code /health}, and prints
 * every URL. Ctrl-C (SIGINT) or SIGTERM stops the services, then the infrastructure.
 */
public final class LocalStack {

    private static final String DATA_FOLDER = ".local";
    private static final String STUDIO_TIME_ZONE = "Australia/Sydney";
    private static final String PUBLIC_BASE_URL = "http://localhost:" + StackPorts.BOOKING;
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration HEALTH_POLL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 30;
    /** Extra JVM options for the services, e.g. {@code -Xmx512m}. */
    private static final String SERVICE_JAVA_OPTS = "VIVE_SERVICE_JAVA_OPTS";
    private static final List<String> DEFAULT_SERVICE_JAVA_OPTS = List.of("-XX:+ExitOnOutOfMemoryError");
    /** Shifts every port of the stack, so a second stack (the benchmark's) can run beside ./run-local. */
    private static final String PORT_OFFSET_PROPERTY = "vive.port-offset";
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;

    private final Path root;
    private final Path dataDirectory;
    private final boolean clean;
    private final PrintStream console;
    private final Progress progress;
    private final PreviousRun previousRun;
    private final LocalInfrastructure infrastructure;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Function<String, List<String>> extraJavaOptions;
    private final Map<String, String> extraEnvironment;
    private final ServiceStart serviceStart;
    private final String scrapeToken = ScrapeTokenForRun.of(System.getenv());

    /** How the services are started. */
    public enum ServiceStart {
        /** All three at once, as {@code ./run-local} does. */
        TOGETHER,
        /** Each once the one before it is UP, so each one's start-up is its own (the benchmark's). */
        ONE_AT_A_TIME
    }

    LocalStack(Path root, boolean clean, PostgresDurability durability, PrintStream console) {
        this(root, root.toAbsolutePath().normalize().resolve(DATA_FOLDER), clean, console, sameForEveryService(List.of()),
                Map.of(), ServiceStart.TOGETHER, durability);
    }

    /**
     * A stack embedded in another program (the benchmark): its own data folder, and JVM options and
     * environment variables added to every service's (after the defaults, so they win). The services
     * start together. Start it with {@link #run()}, stop it with {@link #stop()}.
     */
    public LocalStack(Path root, Path dataDirectory, boolean clean, PrintStream console,
                      List<String> serviceJavaOptions, Map<String, String> serviceEnvironment) {
        this(root, dataDirectory, clean, console, sameForEveryService(serviceJavaOptions), serviceEnvironment, ServiceStart.TOGETHER);
    }

    private static Function<String, List<String>> sameForEveryService(List<String> javaOptions) {
        List<String> options = List.copyOf(javaOptions);
        return serviceName -> options;
    }

    /**
     * As {@link #LocalStack(Path, Path, boolean, PrintStream, List, Map)}, with JVM options chosen per
     * service (e.g. each its own class-data-sharing archive) and the order of the services' start.
     *
     * @param serviceJavaOptions from a service's module name (e.g. {@code booking-service}) to the JVM
     *                           options added to its command line after the defaults
     * @param serviceStart       all services at once, or each once the one before it is UP
     */
    public LocalStack(Path root, Path dataDirectory, boolean clean, PrintStream console,
                      Function<String, List<String>> serviceJavaOptions, Map<String, String> serviceEnvironment,
                      ServiceStart serviceStart) {
        this(root, dataDirectory, clean, console, serviceJavaOptions, serviceEnvironment, serviceStart, PostgresDurability.DURABLE);
    }

    /**
     * As {@link #LocalStack(Path, Path, boolean, PrintStream, Function, Map, ServiceStart)}, with
     * PostgreSQL's durability chosen (the other constructors: {@link PostgresDurability#DURABLE}).
     */
    public LocalStack(Path root, Path dataDirectory, boolean clean, PrintStream console,
                      Function<String, List<String>> serviceJavaOptions, Map<String, String> serviceEnvironment,
                      ServiceStart serviceStart, PostgresDurability durability) {
        this.root = root.toAbsolutePath().normalize();
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.extraJavaOptions = serviceJavaOptions;
        this.extraEnvironment = Map.copyOf(serviceEnvironment);
        this.serviceStart = serviceStart;
        this.clean = clean;
        this.console = console;
        this.progress = new Progress(console);
        this.previousRun = new PreviousRun(dataDirectory, progress);
        this.infrastructure = new LocalInfrastructure(dataDirectory, ZoneId.of(STUDIO_TIME_ZONE), durability, progress);
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(usage());
            return;
        }
        List<String> unknown = arguments.stream().filter(argument -> !List.of("--clean", DiskMode.FAST_FLAG).contains(argument)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("Unknown argument(s): " + String.join(" ", unknown) + System.lineSeparator() + usage());
            System.exit(EXIT_USAGE);
        }
        PostgresDurability durability;
        try {
            durability = DiskMode.of(arguments, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + usage());
            System.exit(EXIT_USAGE);
            return;
        }
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalStack stack = new LocalStack(Path.of(System.getProperty("vive.root", "")), arguments.contains("--clean"), durability, console);
        int exitCode = stack.run();
        if (exitCode != 0) {
            // Kafka's threads would keep the JVM alive otherwise.
            System.exit(exitCode);
        }
        // Runs until Ctrl-C: the shutdown hook stops everything.
        new CountDownLatch(1).await();
    }

    /**
     * Added to every port of the stack: {@code -Dvive.port-offset}, 0 unless set, so a second stack
     * (e.g. the benchmark's smoke test) can run beside {@code ./run-local}.
     */
    public static int portOffset() {
        int offset = Integer.getInteger(PORT_OFFSET_PROPERTY, 0);
        if (offset < 0) {
            throw new IllegalArgumentException("-D" + PORT_OFFSET_PROPERTY + " must not be negative: " + offset);
        }
        return offset;
    }

    static String usage() {
        return """
                Usage: ./run-local [--clean] [--fast-disk] [--no-build]
                  --clean      delete the data in .local/ (databases, Kafka topics, mail) before starting
                  --fast-disk  PostgreSQL with fsync and synchronous_commit off: faster commits, but a
                               power cut or crash can lose or corrupt .local/postgres (default: durable)
                  --no-build   (run-local script only) start from the jars already built
                Environment: VIVE_SERVICE_JAVA_OPTS extra JVM options for the three services;
                             LOCAL_PG_DURABLE=false is the same as --fast-disk.""";
    }

    /** Starts everything; 0 once all services are UP, non-zero (everything stopped again) otherwise. */
    public int run() {
        if (!previousRun.lock()) {
            progress.problem("another ./run-local is already using " + dataDirectory + ": stop it first (Ctrl-C in its terminal)");
            return EXIT_FAILED;
        }
        previousRun.stopLeftovers();
        if (clean) {
            progress.info("--clean: deleting the data in " + dataDirectory);
            previousRun.wipeData();
        }
        if (!platformSupported() || !jarsPresent() || !portsFree()) {
            return EXIT_FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-stack-shutdown"));
        try {
            infrastructure.start(ServiceDefinition.ALL.stream().map(ServiceDefinition::database).toList());
            if (!startServices()) {
                stop();
                return EXIT_FAILED;
            }
        } catch (RuntimeException e) {
            if (!stopped.get()) {
                progress.problem("start-up failed: " + e.getMessage());
            }
            stop();
            return EXIT_FAILED;
        }
        console.println(SummaryBox.render(infrastructure, ServiceDefinition.ALL, root.relativize(dataDirectory).toString(), scrapeToken));
        return 0;
    }

    /** Stops the services, then the infrastructure; safe to call more than once. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        progress.info("stopping the services ...");
        synchronized (services) {
            ServiceProcess.stopAll(services);
        }
        progress.info("stopping the infrastructure ...");
        infrastructure.close();
        previousRun.forgetServices();
        progress.info("stopped. Data kept in " + dataDirectory + " (./run-local --clean starts fresh).");
    }

    /** The process id of each service started so far, by module name. */
    public Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (services) {
            services.forEach(service -> pids.put(service.service().name(), service.pid()));
        }
        return pids;
    }

    /** The JDBC URL of one of the stack's databases. */
    public String jdbcUrl(String database) {
        return infrastructure.jdbcUrl(database);
    }

    /** Kafka's bootstrap servers. */
    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /** Every message the stack's SMTP server received, with its arrival time. */
    public List<ReceivedMail> receivedMail() {
        return infrastructure.receivedMail();
    }

    /** Says which PostgreSQL build this machine gets, or why it gets none, before anything starts. */
    private boolean platformSupported() {
        try {
            progress.info(PostgresPlatform.current().description());
            return true;
        } catch (UnsupportedOperationException e) {
            progress.problem(e.getMessage());
            return false;
        }
    }

    private boolean jarsPresent() {
        List<String> missing = ServiceDefinition.ALL.stream()
                .map(service -> service.jar(root))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            progress.problem("service jar(s) missing: " + String.join(", ", missing)
                    + ". ./run-local builds them (without --no-build).");
        }
        return missing.isEmpty();
    }

    private boolean portsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(StackPorts.KAFKA, "Kafka");
        ports.put(StackPorts.KAFKA_CONTROLLER, "Kafka controller");
        ports.put(StackPorts.POSTGRES, "PostgreSQL");
        ports.put(StackPorts.SMTP, "SMTP");
        ports.put(StackPorts.IMAP, "IMAP");
        ports.put(StackPorts.MAILBOX_PAGE, "mailbox page");
        ServiceDefinition.ALL.forEach(service -> ports.put(service.port(), service.name()));
        boolean free = true;
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            if (!isFree(port.getKey())) {
                progress.problem("port " + port.getKey() + " (" + port.getValue() + ") is already in use: "
                        + "is another local stack, a local PostgreSQL/Kafka, or docker-compose running?");
                free = false;
            }
        }
        return free;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the services (together or one at a time) and waits until each is UP; false if one is not. */
    private boolean startServices() {
        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            ServiceProcess process = startService(service);
            if (serviceStart == ServiceStart.ONE_AT_A_TIME && !awaitServicesUp(List.of(process))) {
                return false;
            }
            started.add(process);
        }
        return serviceStart == ServiceStart.ONE_AT_A_TIME || awaitServicesUp(started);
    }

    /** The command line that starts {@code service}: the JVM, its options, its jar. */
    List<String> commandOf(ServiceDefinition service) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions());
        command.addAll(extraJavaOptions.apply(service.name()));
        command.add("-jar");
        command.add(service.jar(root).toString());
        return command;
    }

    private ServiceProcess startService(ServiceDefinition service) {
        List<String> command = commandOf(service);
        Path log = dataDirectory.resolve("logs").resolve(service.name() + ".log");
        progress.info("starting " + service.name() + " on port " + service.port() + " (log: " + root.relativize(log) + ")");
        // Under the lock stop() takes: a service is either started and then stopped, or never started.
        synchronized (services) {
            if (stopped.get()) {
                throw new IllegalStateException("stopped while starting");
            }
            ServiceProcess process = ServiceProcess.start(service, command, environmentOf(service), root, log, console);
            services.add(process);
            previousRun.recordServices(services);
            return process;
        }
    }

    private Map<String, String> environmentOf(ServiceDefinition service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MICRONAUT_ENVIRONMENTS", "local");
        environment.put("MICRONAUT_SERVER_PORT", String.valueOf(service.port()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        environment.put("DATASOURCE_URL", infrastructure.jdbcUrl(service.database()));
        environment.put("DATASOURCE_USERNAME", EmbeddedPostgres.USERNAME);
        environment.put("DATASOURCE_PASSWORD", EmbeddedPostgres.PASSWORD);
        environment.put("SMTP_HOST", infrastructure.smtpHost());
        environment.put("SMTP_PORT", String.valueOf(infrastructure.smtpPort()));
        environment.put("PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        // booking-service's email delivery log page reads notification-service's API.
        environment.put("NOTIFICATION_BASE_URL", "http://localhost:" + StackPorts.NOTIFICATION);
        // notification-service fetches a client's links from booking-service (issue 13)
        environment.put("BOOKING_BASE_URLS", "http://localhost:" + StackPorts.BOOKING);
        environment.put("STUDIO_TIME_ZONE", STUDIO_TIME_ZONE);
        environment.put(ScrapeTokenForRun.VARIABLE, scrapeToken);
        environment.putAll(extraEnvironment);
        return environment;
    }

    private List<String> javaOptions() {
        String extra = System.getenv(SERVICE_JAVA_OPTS);
        List<String> options = new ArrayList<>(DEFAULT_SERVICE_JAVA_OPTS);
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        return options;
    }

    private boolean awaitServicesUp(List<ServiceProcess> started) {
        HealthCheck health = new HealthCheck();
        long startedAt = System.nanoTime();
        long deadline = startedAt + HEALTH_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(started);
        Map<ServiceProcess, String> lastAnswer = new LinkedHashMap<>();
        progress.info("waiting for " + (waiting.size() == 1 ? waiting.get(0).service().name() : waiting.size() + " services")
                + " to report UP on /health (up to " + HEALTH_TIMEOUT.toSeconds() + " s) ...");
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    progress.problem(service.service().name() + " exited before it was UP. Last lines of " + service.log() + ":");
                    printTail(service.log());
                    return false;
                }
                HealthCheck.Answer answer = health.ask(service.service());
                lastAnswer.put(service, answer.detail());
                if (answer.up()) {
                    waiting.remove(service);
                    progress.info(String.format("%s is UP (%.1f s)", service.service().name(), (System.nanoTime() - startedAt) / 1e9));
                }
            }
            if (System.nanoTime() > deadline) {
                for (ServiceProcess service : waiting) {
                    progress.problem(service.service().name() + " was not UP within " + HEALTH_TIMEOUT.toSeconds()
                            + " s; its last /health answer: " + lastAnswer.get(service) + "; full log: " + service.log());
                }
                return false;
            }
            if (!waiting.isEmpty()) {
                pause();
            }
        }
        return true;
    }

    private void printTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()).forEach(line -> console.println("    " + line));
        } catch (IOException e) {
            progress.problem("cannot read " + log + ": " + e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(HEALTH_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
