package studio.vive.bench.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the benchmark configures the stack it starts: environment overrides the services document in
 * their application.yml, and JVM options. Each value is here, with its reason, so the report can
 * print exactly what was measured.
 */
public final class StackTuning {

    /** Replaces {@link #DEFAULT_JVM_OPTIONS} for the services, e.g. to compare collectors. */
    public static final String JVM_OPTIONS_VARIABLE = "BENCH_SERVICE_JAVA_OPTS";

    /**
     * Small heaps, the serial collector and C1 only: three service JVMs, Kafka, PostgreSQL and the
     * load generator share two cores, and the footprint target is 200 MB per service. Native
     * Memory Tracking showed a service at about 180 MB committed with only ~50 MB of it heap
     * (metaspace ~62 MB, class space, symbols, code cache, CDS): so the heap is capped at 96 MB
     * (SerialGC has no concurrent threads and the least native overhead), C2's compiler arenas
     * (8 MB spikes, counted in the peak RSS) and most of the code cache go with C1-only
     * compilation, which also halves JIT work during start-up on two cores.
     */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xms16m -Xmx96m -Xss512k -XX:TieredStopAtLevel=1 "
            + "-XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m -XX:+ExitOnOutOfMemoryError";

    /**
     * A booking needs a free, distinct slot, and the seeded catalogue has three therapists (about
     * 105 working hours a week): the defaults (60-day horizon, 15-minute buffer) hold a few hundred
     * bookings. SPORTS_45 on a 15-minute grid with no buffer packs 140 bookings a week; a 100-year
     * horizon then holds about 700,000, far more than any run makes.
     */
    static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("BOOKING_SLOT_STEP", "15m");
        environment.put("BOOKING_BUFFER", "0m");
        environment.put("BOOKING_HORIZON", "36500d");
        // Every request comes from 127.0.0.1: the production limit (10 a minute per client) would
        // stop the benchmark itself. Raised, not disabled, so its cost is still measured.
        environment.put("BOOKING_RATE_LIMIT_REQUESTS", "1000000000");
        // No NOTIFICATION_POLL_INTERVAL override: notification-service's senders are woken when an
        // email is recorded, so its default 1 s poll (retries, other instances) is not on the path.
        // glibc gives every thread that allocates its own 64 MB malloc arena: RSS the JVM's own
        // accounting never sees (about 50 MB per service here). Two arenas are plenty.
        environment.put("MALLOC_ARENA_MAX", "2");
        return environment;
    }

    /** The JVM options of every service: the defaults (or {@value #JVM_OPTIONS_VARIABLE}) and JFR when profiling. */
    static List<String> jvmOptions(boolean profile, Path recordings) {
        String configured = System.getenv(JVM_OPTIONS_VARIABLE);
        String options = configured == null || configured.isBlank() ? DEFAULT_JVM_OPTIONS : configured;
        List<String> all = new ArrayList<>(Arrays.asList(options.trim().split("\\s+")));
        if (profile) {
            // A directory as file name: the JVM names the recording after its pid, dumped at exit.
            all.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recordings + "/");
        }
        return all;
    }

    private StackTuning() {
    }
}
