package studio.vive.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Guards the data folder: one local stack at a time, and what a previous stack left running when
 * it was killed without a chance to clean up (kill -9, a closed terminal) is stopped first.
 */
final class PreviousRun {

    private static final String LOCK_FILE = "run-local.lock";
    private static final String PIDS_FILE = "run-local.pids";
    private static final String POSTMASTER_PID = "postgres/postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final Progress progress;
    private FileChannel lockChannel;

    PreviousRun(Path dataDirectory, Progress progress) {
        this.dataDirectory = dataDirectory;
        this.progress = progress;
    }

    /**
     * Takes the data folder for this run.
     *
     * @return false when another local stack holds it
     */
    boolean lock() {
        try {
            Files.createDirectories(dataDirectory);
            lockChannel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            return lock != null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + dataDirectory, e);
        }
    }

    /** Stops services and a PostgreSQL server left behind by a previous run that was killed. */
    void stopLeftovers() {
        for (ProcessHandle leftover : leftoverServices()) {
            progress.problem("a service from a previous run is still running (pid " + leftover.pid() + "): stopping it");
            stop(leftover);
        }
        leftoverPostgres().ifPresent(postgres -> {
            progress.problem("PostgreSQL from a previous run is still running (pid " + postgres.pid() + "): stopping it");
            // SIGTERM: PostgreSQL's "smart" shutdown; its clients (the old services) are gone already.
            stop(postgres);
        });
    }

    /** Deletes everything in the data folder but the lock. */
    void wipeData() {
        try (var entries = Files.list(dataDirectory)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(LOCK_FILE)) {
                    deleteRecursively(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe " + dataDirectory, e);
        }
    }

    /** Remembers the services of this run, for {@link #stopLeftovers()} after a hard kill. */
    void recordServices(List<ServiceProcess> services) {
        List<String> lines = new ArrayList<>();
        for (ServiceProcess service : services) {
            lines.add(service.pid() + " " + service.service().name());
        }
        try {
            Files.write(dataDirectory.resolve(PIDS_FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record service pids", e);
        }
    }

    /** Called after a clean stop: nothing is left to find next time. */
    void forgetServices() {
        try {
            Files.deleteIfExists(dataDirectory.resolve(PIDS_FILE));
        } catch (IOException e) {
            progress.problem("cannot delete " + dataDirectory.resolve(PIDS_FILE) + ": " + e.getMessage());
        }
    }

    private List<ProcessHandle> leftoverServices() {
        Path pids = dataDirectory.resolve(PIDS_FILE);
        if (!Files.exists(pids)) {
            return List.of();
        }
        List<ProcessHandle> alive = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(pids, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ", 2);
                if (parts.length == 2) {
                    // Only a process still running that service's jar: the pid may have been reused since.
                    ProcessHandle.of(Long.parseLong(parts[0]))
                            .filter(process -> commandLine(process).contains(parts[1] + ".jar"))
                            .ifPresent(alive::add);
                }
            }
        } catch (IOException | NumberFormatException e) {
            progress.problem("ignoring unreadable " + pids + ": " + e.getMessage());
        }
        return alive;
    }

    private Optional<ProcessHandle> leftoverPostgres() {
        Path pidFile = dataDirectory.resolve(POSTMASTER_PID);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(process -> commandLine(process).contains("postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    private void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
            try (var children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteRecursively(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
