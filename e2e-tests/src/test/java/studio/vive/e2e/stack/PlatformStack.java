package studio.vive.e2e.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform as production runs it: real Kafka, PostgreSQL and SMTP, and each service as a
 * separate JVM started from its jar with its own database, port and log file. One stack is shared
 * by every test class of the suite (starting it is the expensive part) and stopped after the last.
 */
public final class PlatformStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformStack.class);
    /** Booking instances the suite runs at most at once: the primary and the two of SharedBudgetIT. */
    private static final int BOOKING_PORTS = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("e2e.service-start-timeout-seconds", 120));

    private static PlatformStack instance;
    /** A stack that failed to start fails every later test class at once instead of starting again. */
    private static RuntimeException startFailure;

    private final Infrastructure infrastructure;
    private final StackSettings settings;
    private final Map<Service, List<ServiceInstance>> instances = new EnumMap<>(Service.class);
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    /** Numbers the log files: {@code <module>-<n>.log}, one per launch of any instance of the service. */
    private final Map<Service, AtomicInteger> launches = new EnumMap<>(Service.class);
    private final List<ServiceInstance> everyInstance = new CopyOnWriteArrayList<>();
    /**
     * The ports booking-service instances take, the primary's first: notification-service is told
     * all of them ({@code BOOKING_BASE_URLS}) as production lists every instance, so it reaches
     * whichever runs when another is killed.
     */
    private final List<Integer> bookingPorts = new ArrayList<>();

    private PlatformStack(Infrastructure infrastructure, StackSettings settings) {
        this.infrastructure = infrastructure;
        this.settings = settings;
    }

    /** The suite's stack, started on first use. */
    public static synchronized PlatformStack get() {
        if (startFailure != null) {
            throw new IllegalStateException("the platform stack failed to start earlier in this run", startFailure);
        }
        if (instance == null) {
            PlatformStack stack = new PlatformStack(SharedInfrastructureBinding.get(), StackSettings.fromSystemProperties());
            // A JVM that dies without running the suite's cleanup must still leave no process behind.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::killAll, "e2e-stack-reaper"));
            try {
                stack.start();
            } catch (RuntimeException e) {
                stack.killAll();
                startFailure = e;
                throw e;
            }
            instance = stack;
        }
        return instance;
    }

    private void start() {
        long started = System.nanoTime();
        for (Service service : Service.values()) {
            Path jar = service.jar(settings.repoRoot());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("missing " + jar + ": build the services first (./mvnw -B verify builds them before e2e-tests)");
            }
            ports.put(service, FreePort.find());
            launches.put(service, new AtomicInteger());
        }
        bookingPorts.add(ports.get(Service.BOOKING));
        for (int i = 1; i < BOOKING_PORTS; i++) {
            bookingPorts.add(FreePort.find());
        }
        List<ServiceInstance> first = new ArrayList<>();
        for (Service service : Service.values()) {
            ServiceInstance created = create(service, Map.of());
            created.launch();
            first.add(created);
        }
        first.forEach(ServiceInstance::awaitHealthy);
        LOG.info("platform stack up in {} ms: {}", (System.nanoTime() - started) / 1_000_000, first);
    }

    /** A new instance of the service (not yet launched): the next instance number, its own port and log. */
    private ServiceInstance create(Service service, Map<String, String> overrides) {
        List<ServiceInstance> list = instances.computeIfAbsent(service, s -> new CopyOnWriteArrayList<>());
        int number = list.size() + 1;
        int port = number == 1 ? ports.get(service) : service == Service.BOOKING ? unusedBookingPort() : FreePort.find();
        Map<String, String> environment = new HashMap<>(ServiceEnvironment.of(service, port, this));
        environment.putAll(overrides);
        ServiceInstance created = new ServiceInstance(service, number, port,
                settings.command(service.jar(settings.repoRoot())), environment,
                () -> settings.logs().resolve(service.module() + "-" + launches.get(service).incrementAndGet() + ".log"),
                START_TIMEOUT);
        list.add(created);
        everyInstance.add(created);
        return created;
    }

    /** A port of {@link #bookingPorts} no running booking instance has, else any free one. */
    private int unusedBookingPort() {
        List<Integer> used = instances.getOrDefault(Service.BOOKING, List.of()).stream()
                .filter(ServiceInstance::isRunning).map(i -> i.baseUri().getPort()).toList();
        return bookingPorts.stream().skip(1).filter(port -> !used.contains(port)).findFirst()
                .orElseGet(FreePort::find);
    }

    /** Where every booking-service instance of the stack listens (running or not). */
    List<String> bookingUrls() {
        return bookingPorts.stream().map(port -> "http://localhost:" + port).toList();
    }

    /** The port of the first instance of the service (kept across restarts). */
    int portOf(Service service) {
        return ports.get(service);
    }

    /** The first instance of the service, the one the suite talks to. */
    public ServiceInstance primary(Service service) {
        return instances.get(service).get(0);
    }

    public ServiceInstance booking() {
        return primary(Service.BOOKING);
    }

    public ServiceInstance screening() {
        return primary(Service.SCREENING);
    }

    public ServiceInstance notification() {
        return primary(Service.NOTIFICATION);
    }

    /** Starts one more instance of the service (scale-out) and waits until it is healthy. */
    public ServiceInstance startAnotherInstance(Service service, Map<String, String> overrides) {
        ServiceInstance another;
        synchronized (this) {
            another = create(service, overrides);
        }
        another.start();
        return another;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public StackSettings settings() {
        return settings;
    }

    /** Every instance started so far, including stopped and killed ones (their logs stay). */
    public List<ServiceInstance> everyInstance() {
        return List.copyOf(everyInstance);
    }

    /** Every log file any service instance wrote during the run. */
    public List<Path> serviceLogs() {
        return everyInstance.stream().flatMap(i -> i.logs().stream()).toList();
    }

    @Override
    public void close() {
        everyInstance.forEach(ServiceInstance::stop);
        LOG.info("platform stack stopped; service logs in {}", settings.logs());
    }

    private void killAll() {
        everyInstance.forEach(ServiceInstance::kill);
    }
}
