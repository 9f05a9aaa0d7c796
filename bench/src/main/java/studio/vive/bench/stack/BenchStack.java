package studio.vive.bench.stack;

import java.net.URI;
import java.util.List;
import java.util.Map;
import studio.vive.bench.measure.MailArrivals;

/** The platform under test: started by the benchmark, or one already running. */
public interface BenchStack extends AutoCloseable {

    /** booking-service's base URL. */
    URI bookingUrl();

    /** JDBC URL of one of the stack's databases (same server for all). */
    String jdbcUrl(String database);

    String databaseUser();

    String databasePassword();

    String kafkaBootstrapServers();

    /** When each client email reached (was accepted by) the SMTP server. */
    MailArrivals mailArrivals();

    /** The service processes, for their memory; empty for a service that cannot be found. */
    Map<PlatformService, Long> servicePids();

    /**
     * The measured starts of the services: first the start whose figures stand beside the target
     * (each service alone), then any others for comparison; empty when the stack was already running.
     */
    List<StartupRun> startups();

    /** One line for the report: what was measured. */
    String description();

    /** The JVM options and environment overrides the services ran with, for the report. */
    Map<String, String> configuration();

    @Override
    void close();
}
