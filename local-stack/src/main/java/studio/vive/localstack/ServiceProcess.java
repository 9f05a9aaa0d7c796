package studio.vive.localstack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service jar running as a child process: its output goes to {@code .local/logs/<name>.log} and,
 * prefixed with its name, to the console. A service that exits while the stack runs is reported.
 */
final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int NAME_WIDTH = "notification-service".length();

    private final ServiceDefinition service;
    private final Path log;
    private final Process process;
    private volatile boolean stopping;

    private ServiceProcess(ServiceDefinition service, Path log, Process process) {
        this.service = service;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code command} for {@code service} with {@code environment} added to this process's.
     */
    static ServiceProcess start(ServiceDefinition service, List<String> command, Map<String, String> environment,
                                Path workingDirectory, Path log, PrintStream console) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.name(), e);
        }
        ServiceProcess started = new ServiceProcess(service, log, process);
        started.pumpOutput(console);
        process.onExit().thenRun(() -> {
            if (!started.stopping) {
                console.println("!!! " + service.name() + " exited with code " + process.exitValue()
                        + " (full output: " + log + ")");
            }
        });
        return started;
    }

    ServiceDefinition service() {
        return service;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the service to stop (SIGTERM: Micronaut shuts down gracefully), then kills it if it lingers. */
    void stop() {
        stopping = true;
        if (!process.isAlive()) {
            return;
        }
        // Through the handle: Process.destroy() would also close our end of its output and lose its last lines.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Stops all of them at once: each waits out its own grace period in parallel. */
    static void stopAll(List<ServiceProcess> processes) {
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceProcess each : processes) {
            each.stopping = true;
            Thread stopper = new Thread(each::stop, "stop-" + each.service.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void pumpOutput(PrintStream console) {
        String prefix = String.format("%-" + NAME_WIDTH + "s | ", service.name());
        Thread pump = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = output.readLine()) != null) {
                    file.write(line);
                    file.newLine();
                    file.flush();
                    console.println(prefix + line);
                }
            } catch (IOException e) {
                if (!stopping) {
                    console.println("!!! lost the output of " + service.name() + ": " + e.getMessage());
                }
            }
        }, "output-" + service.name());
        pump.setDaemon(true);
        pump.start();
    }
}
