package studio.vive.bench.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the services start: polls each one's {@code /health} often while the stack starts them
 * and notes when it first answers UP, measured from its process's start time as the kernel has it.
 */
final class StartupWatch implements Runnable {

    /** Short against a 2 s target; a probe costs a few hundred microseconds. */
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Pattern MICRONAUT_STARTUP = Pattern.compile("Startup completed in (\\d+)ms");

    private final Supplier<Map<PlatformService, Long>> pids;
    private final HealthProbe probe = new HealthProbe();
    private final Map<PlatformService, Instant> healthyAt = new EnumMap<>(PlatformService.class);
    private volatile boolean stopped;

    StartupWatch(Supplier<Map<PlatformService, Long>> pids) {
        this.pids = pids;
    }

    @Override
    public void run() {
        while (!stopped && healthyAt().size() < PlatformService.values().length) {
            for (PlatformService service : pids.get().keySet()) {
                if (!healthyAt().containsKey(service) && probe.isUp(service)) {
                    synchronized (healthyAt) {
                        healthyAt.put(service, Instant.now());
                    }
                }
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    void stop() {
        stopped = true;
    }

    private Map<PlatformService, Instant> healthyAt() {
        synchronized (healthyAt) {
            return Map.copyOf(healthyAt);
        }
    }

    /** Each service seen UP: process start to UP, and Micronaut's own figure from its log. */
    List<StartupTime> results(Path logs) {
        List<StartupTime> times = new ArrayList<>();
        Map<PlatformService, Instant> healthy = healthyAt();
        pids.get().forEach((service, pid) -> {
            Instant up = healthy.get(service);
            Optional<Instant> processStart = ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant());
            if (up != null && processStart.isPresent()) {
                times.add(new StartupTime(service, Duration.between(processStart.get(), up),
                        micronautReported(logs.resolve(service.module() + ".log"))));
            }
        });
        return times;
    }

    static Optional<Duration> micronautReported(Path log) {
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher matcher = MICRONAUT_STARTUP.matcher(line);
                if (matcher.find()) {
                    return Optional.of(Duration.ofMillis(Long.parseLong(matcher.group(1))));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
