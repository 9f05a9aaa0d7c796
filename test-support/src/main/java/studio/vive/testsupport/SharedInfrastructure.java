package studio.vive.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Real Kafka, PostgreSQL and SMTP/IMAP for tests, started once per test JVM and shared by every
 * test class in it.
 *
 * <p>Which infrastructure runs is chosen by the system property {@code vive.infra}:
 * {@code testcontainers} (Docker containers), {@code embedded} (in this JVM, see local-infra) or
 * {@code auto} (the default: Testcontainers when Docker answers, embedded otherwise). The choice is
 * logged. Both behave the same for tests: same API, mail read back over IMAP, and every component
 * can be stopped and started again on the same address to test failures.
 *
 * <p>Kafka is shared: use fresh booking ids and filter on them, never assume a topic is empty.
 * Each test class should ask for its own {@link #database(String) database}.
 */
public final class SharedInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(SharedInfrastructure.class);
    private static final Object LOCK = new Object();
    private static volatile SharedInfrastructure instance;

    private final Infrastructure infrastructure;
    private final Mailbox mailbox;

    /**
     * How a test connects to its database.
     *
     * @param jdbcUrl  JDBC URL of the database
     * @param username user name
     * @param password password
     */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private SharedInfrastructure(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        this.mailbox = new Mailbox(infrastructure::imapHost, infrastructure::imapPort);
    }

    /** The shared infrastructure, started on first call (thread-safe) and stopped when the JVM exits. */
    public static SharedInfrastructure get() {
        SharedInfrastructure current = instance;
        if (current != null) {
            return current;
        }
        synchronized (LOCK) {
            if (instance == null) {
                instance = new SharedInfrastructure(startInfrastructure());
                Runtime.getRuntime().addShutdownHook(new Thread(instance.infrastructure::close, "vive-test-infra-shutdown"));
            }
            return instance;
        }
    }

    private static Infrastructure startInfrastructure() {
        InfrastructureMode requested = InfrastructureMode.fromSystemProperty();
        long started = System.nanoTime();
        Infrastructure infrastructure = switch (requested) {
            case EMBEDDED -> EmbeddedInfrastructure.start();
            case TESTCONTAINERS -> ContainerInfrastructure.start();
            case AUTO -> {
                if (DockerClientFactory.instance().isDockerAvailable()) {
                    LOG.info("Docker is available: test infrastructure runs in containers (-Dvive.infra=embedded to run it in-process)");
                    yield ContainerInfrastructure.start();
                }
                LOG.info("Docker is not available: test infrastructure runs embedded in this JVM (the Testcontainers error above is expected)");
                yield EmbeddedInfrastructure.start();
            }
        };
        LOG.info("Test infrastructure mode: {} (vive.infra={}), started in {} ms: Kafka {}, SMTP {}:{}, IMAP {}:{}",
                infrastructure.mode().label(), requested.label(), (System.nanoTime() - started) / 1_000_000,
                infrastructure.kafkaBootstrapServers(), infrastructure.smtpHost(), infrastructure.smtpPort(),
                infrastructure.imapHost(), infrastructure.imapPort());
        return infrastructure;
    }

    /** {@code embedded} or {@code testcontainers}: what actually runs. */
    public String mode() {
        return infrastructure.mode().label();
    }

    /** Kafka's {@code bootstrap.servers}. */
    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /**
     * A database named {@code name}, created if missing.
     *
     * @param name lower-case letters, digits and underscores
     */
    public Database database(String name) {
        return infrastructure.database(name);
    }

    /**
     * Micronaut properties connecting a service to this infrastructure, with {@code databaseName}
     * (created if missing) as its default datasource. Both the Micronaut keys and the keys the
     * {@code ${ENV_VAR}} placeholders of application.yml resolve to are set.
     */
    public Map<String, String> serviceProperties(String databaseName) {
        Database database = database(databaseName);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("javamail.properties.mail.smtp.host", smtpHost());
        properties.put("javamail.properties.mail.smtp.port", String.valueOf(smtpPort()));
        // DATASOURCE_URL, SMTP_HOST, ... as Micronaut sees environment variables (KAFKA_BOOTSTRAP_SERVERS is above).
        properties.put("datasource.url", database.jdbcUrl());
        properties.put("datasource.username", database.username());
        properties.put("datasource.password", database.password());
        properties.put("smtp.host", smtpHost());
        properties.put("smtp.port", String.valueOf(smtpPort()));
        return Map.copyOf(properties);
    }

    /** The SMTP host services send mail to. */
    public String smtpHost() {
        return infrastructure.smtpHost();
    }

    /** The SMTP port services send mail to. */
    public int smtpPort() {
        return infrastructure.smtpPort();
    }

    /** Reads what was sent, over IMAP. */
    public Mailbox mailbox() {
        return mailbox;
    }

    /** Stops Kafka (fault injection); {@link #startKafka()} brings it back on the same port with its data. */
    public void stopKafka() {
        infrastructure.stopKafka();
    }

    /** Starts Kafka again after {@link #stopKafka()}; returns once it accepts clients. */
    public void startKafka() {
        infrastructure.startKafka();
    }

    /** Stops PostgreSQL (fault injection); {@link #startPostgres()} brings it back with its data. */
    public void stopPostgres() {
        infrastructure.stopPostgres();
    }

    /** Starts PostgreSQL again after {@link #stopPostgres()}; returns once it accepts connections. */
    public void startPostgres() {
        infrastructure.startPostgres();
    }

    /** Stops the SMTP and IMAP server (fault injection). */
    public void stopSmtp() {
        infrastructure.stopSmtp();
    }

    /** Starts the SMTP and IMAP server again after {@link #stopSmtp()}, on the same ports. */
    public void startSmtp() {
        infrastructure.startSmtp();
    }
}
