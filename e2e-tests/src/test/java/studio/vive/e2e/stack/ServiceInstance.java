package studio.vive.e2e.stack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.http.JsonHttp;

/**
 * One running copy of a service: a separate JVM started from the service's jar, listening on its
 * own port, logging to its own file. It can be killed with SIGKILL (no shutdown hooks, nothing
 * flushed: a crash) and started again on the same port, which gets a new log file.
 */
public final class ServiceInstance {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceInstance.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 80;

    private final Service service;
    private final int instance;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Supplier<Path> logFiles;
    private final Duration startTimeout;
    private final JsonHttp http = new JsonHttp();
    private final List<Path> logs = new ArrayList<>();
    private volatile Process process;

    ServiceInstance(Service service, int instance, int port, List<String> command, Map<String, String> environment,
                    Supplier<Path> logFiles, Duration startTimeout) {
        this.service = service;
        this.instance = instance;
        this.port = port;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFiles = logFiles;
        this.startTimeout = startTimeout;
    }

    public Service service() {
        return service;
    }

    /** 1 for the first instance of a service, 2 for the scale-out one, and so on. */
    public int instance() {
        return instance;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public URI uri(String pathAndQuery) {
        return baseUri().resolve(pathAndQuery);
    }

    /** Every log file this instance has written, one per launch. */
    public synchronized List<Path> logs() {
        return List.copyOf(logs);
    }

    public boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    public Optional<Long> pid() {
        Process current = process;
        return current == null ? Optional.empty() : Optional.of(current.pid());
    }

    /** Launches the JVM without waiting for it to be ready. */
    public synchronized void launch() {
        if (isRunning()) {
            throw new IllegalStateException(this + " is already running");
        }
        Path log = logFiles.get();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(log.toFile())) // one file per launch: a stale one from an earlier run is replaced
                    .redirectInput(Redirect.from(new java.io.File("/dev/null")));
            // Production configuration only: no environment inherited from whoever runs the suite.
            builder.environment().remove("MICRONAUT_ENVIRONMENTS");
            builder.environment().putAll(environment);
            process = builder.start();
            logs.add(log);
            LOG.info("{} started as pid {}, logging to {}", this, process.pid(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + this, e);
        }
    }

    /** Waits until {@code /health} answers 200 UP; fails fast, with the log's tail, if the JVM exits. */
    public void awaitHealthy() {
        try {
            await(this + " healthy").atMost(startTimeout).pollInterval(POLL)
                    .until(() -> {
                        if (!isRunning()) {
                            throw new ServiceDied();
                        }
                        return isHealthy();
                    });
        } catch (ConditionTimeoutException | ServiceDied e) {
            throw new IllegalStateException(this + (isRunning()
                    ? " did not become healthy within " + startTimeout
                    : " exited with " + process.exitValue() + " before it became healthy")
                    + "\n--- last lines of " + currentLog() + " ---\n" + logTail(), e);
        }
    }

    /** True when {@code /health} answers 200 with status UP right now. */
    public boolean isHealthy() {
        try {
            HttpResult health = http.get(uri("/health"), Map.of());
            return health.status() == 200 && "UP".equals(health.json().path("status").asText());
        } catch (RuntimeException e) {
            return false;
        }
    }

    public void start() {
        launch();
        awaitHealthy();
    }

    /** {@code kill -9}: the process gets no chance to finish anything it was doing. */
    public synchronized void kill() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroyForcibly(); // SIGKILL on Linux
        awaitExit(current);
        LOG.info("{} killed (SIGKILL)", this);
    }

    /** SIGTERM and a graceful shutdown, SIGKILL if it does not finish in time. */
    public synchronized void stop() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                current.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
        awaitExit(current);
    }

    /** Starts the same service again on the same port and waits until it is healthy. */
    public void restart() {
        start();
    }

    private static void awaitExit(Process current) {
        try {
            if (!current.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + current.pid() + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Path currentLog() {
        return logs.isEmpty() ? null : logs.get(logs.size() - 1);
    }

    /** The last lines of the current log, for failure messages. */
    public String logTail() {
        Path log = currentLog();
        if (log == null || !Files.exists(log)) {
            return "(no log)";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(unreadable log: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return service.module() + "#" + instance + " on port " + port;
    }

    private static final class ServiceDied extends RuntimeException {
        ServiceDied() {
            super("process exited", null, false, false);
        }
    }
}
