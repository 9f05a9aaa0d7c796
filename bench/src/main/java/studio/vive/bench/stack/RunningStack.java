package studio.vive.bench.stack;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import studio.vive.bench.measure.DeliveryLogArrivals;
import studio.vive.bench.measure.MailArrivals;
import studio.vive.localstack.LocalStack;

/**
 * A stack that is already running, e.g. {@code ./run-local}: PostgreSQL and Kafka on the local
 * stack's ports (shifted by the same port offset). Its mail server is in another process, so arrival times come from
 * notification-service's delivery log (when the SMTP server answered 250 to the email).
 */
public final class RunningStack implements BenchStack {

    private static final int POSTGRES_PORT = 5432;
    private static final int KAFKA_PORT = 9092;
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final URI bookingUrl;

    public RunningStack(URI bookingUrl) {
        this.bookingUrl = bookingUrl;
    }

    @Override
    public URI bookingUrl() {
        return bookingUrl;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + (POSTGRES_PORT + LocalStack.portOffset()) + "/" + database;
    }

    @Override
    public String databaseUser() {
        return USER;
    }

    @Override
    public String databasePassword() {
        return PASSWORD;
    }

    @Override
    public String kafkaBootstrapServers() {
        return "localhost:" + (KAFKA_PORT + LocalStack.portOffset());
    }

    @Override
    public MailArrivals mailArrivals() {
        return new DeliveryLogArrivals(jdbcUrl(PlatformService.NOTIFICATION.database()), USER, PASSWORD);
    }

    /** The service JVMs found by their jar on the command line. */
    @Override
    public Map<PlatformService, Long> servicePids() {
        Map<PlatformService, Long> pids = new EnumMap<>(PlatformService.class);
        ProcessHandle.allProcesses().forEach(process -> process.info().arguments().ifPresent(arguments -> {
            for (String argument : arguments) {
                for (PlatformService service : PlatformService.values()) {
                    if (argument.endsWith("/" + service.module() + ".jar")) {
                        pids.put(service, process.pid());
                    }
                }
            }
        }));
        return pids;
    }

    @Override
    public List<StartupRun> startups() {
        return List.of();
    }

    @Override
    public String description() {
        return "running stack at " + bookingUrl + " (not started by the benchmark: start-up not measured)";
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("configuration", "as the running stack was started (the benchmark changed nothing)");
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
