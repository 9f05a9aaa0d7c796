package studio.vive.testsupport;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import studio.vive.localinfra.FreePort;
import studio.vive.localinfra.PlatformTopics;
import studio.vive.localinfra.PostgresDatabases;

/**
 * Kafka ({@code apache/kafka}, KRaft), PostgreSQL ({@code postgres:17}) and GreenMail
 * ({@code greenmail/standalone}, SMTP + IMAP) in Docker containers.
 *
 * <p>Host ports are chosen here and bound explicitly so a container stopped and started again
 * (fault tests) answers on the same port; Docker keeps a stopped container's file system, so
 * Kafka's and PostgreSQL's data survive. GreenMail keeps mail in memory: mail received before
 * {@link #stopSmtp()} is gone after {@link #startSmtp()} in this mode.
 */
final class ContainerInfrastructure implements Infrastructure {

    static final String KAFKA_IMAGE = System.getProperty("vive.infra.kafka-image", "apache/kafka:3.9.1");
    static final String POSTGRES_IMAGE = System.getProperty("vive.infra.postgres-image", "postgres:17");
    static final String MAIL_IMAGE = System.getProperty("vive.infra.mail-image", "greenmail/standalone:2.1.13");

    private static final int KAFKA_PORT = 9092;
    private static final int POSTGRES_PORT = 5432;
    private static final int SMTP_PORT = 3025;
    private static final int IMAP_PORT = 3143;
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final KafkaContainer kafka;
    private final PostgreSQLContainer<?> postgres;
    private final GenericContainer<?> mail;

    @SuppressWarnings("resource") // closed by close()
    private ContainerInfrastructure() {
        kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv(Map.of(
                        "KAFKA_NUM_PARTITIONS", String.valueOf(PlatformTopics.PARTITIONS),
                        "KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"));
        bindToFreeHostPort(kafka, KAFKA_PORT);
        postgres = new PostgreSQLContainer<>(POSTGRES_IMAGE);
        bindToFreeHostPort(postgres, POSTGRES_PORT);
        mail = new GenericContainer<>(MAIL_IMAGE)
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap"
                        + " -Dgreenmail.hostname=0.0.0.0 -Dgreenmail.auth.disabled -Dgreenmail.verbose=false")
                .withExposedPorts(SMTP_PORT, IMAP_PORT)
                .waitingFor(Wait.forListeningPorts(SMTP_PORT, IMAP_PORT));
        bindToFreeHostPort(mail, SMTP_PORT, IMAP_PORT);
    }

    static ContainerInfrastructure start() {
        ContainerInfrastructure infrastructure = new ContainerInfrastructure();
        try {
            infrastructure.kafka.start();
            infrastructure.postgres.start();
            infrastructure.mail.start();
            PlatformTopics.createAll(infrastructure.kafkaBootstrapServers(), READY_TIMEOUT);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        return infrastructure;
    }

    @Override
    public InfrastructureMode mode() {
        return InfrastructureMode.TESTCONTAINERS;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public SharedInfrastructure.Database database(String name) {
        PostgresDatabases.createIfMissing(jdbcUrl(MAINTENANCE_DATABASE), postgres.getUsername(), postgres.getPassword(), name);
        return new SharedInfrastructure.Database(jdbcUrl(name), postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public String smtpHost() {
        return mail.getHost();
    }

    @Override
    public int smtpPort() {
        return mail.getMappedPort(SMTP_PORT);
    }

    @Override
    public String imapHost() {
        return mail.getHost();
    }

    @Override
    public int imapPort() {
        return mail.getMappedPort(IMAP_PORT);
    }

    @Override
    public void stopKafka() {
        stop(kafka);
    }

    @Override
    public void startKafka() {
        restart(kafka);
        await("Kafka", () -> {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
                admin.describeCluster().nodes().get(POLL_INTERVAL.toMillis() * 4, TimeUnit.MILLISECONDS);
                return true;
            }
        });
    }

    @Override
    public void stopPostgres() {
        stop(postgres);
    }

    @Override
    public void startPostgres() {
        restart(postgres);
        await("PostgreSQL", () -> {
            try (Connection ignored = connect(MAINTENANCE_DATABASE)) {
                return true;
            }
        });
    }

    @Override
    public void stopSmtp() {
        stop(mail);
    }

    @Override
    public void startSmtp() {
        restart(mail);
        await("SMTP", () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(smtpHost(), smtpPort()), (int) POLL_INTERVAL.toMillis() * 4);
                String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                return greeting != null && greeting.startsWith("220");
            }
        });
    }

    @Override
    public void close() {
        // Testcontainers' reaper removes them at JVM exit anyway; stopping here frees Docker sooner.
        for (GenericContainer<?> container : List.of(mail, postgres, kafka)) {
            try {
                container.stop();
            } catch (RuntimeException e) {
                // Keep stopping the others.
            }
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(POSTGRES_PORT) + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), postgres.getUsername(), postgres.getPassword());
    }

    private static void bindToFreeHostPort(GenericContainer<?> container, int... containerPorts) {
        List<String> bindings = Arrays.stream(containerPorts)
                .mapToObj(port -> FreePort.pick() + ":" + port)
                .toList();
        container.setPortBindings(bindings);
    }

    /** Stops the container but keeps it (and its file system), unlike {@link GenericContainer#stop()}. */
    private static void stop(GenericContainer<?> container) {
        container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
    }

    private static void restart(GenericContainer<?> container) {
        container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
    }

    private static void await(String what, Callable<Boolean> ready) {
        Awaitility.await(what + " back after a restart")
                .atMost(READY_TIMEOUT)
                .pollInterval(POLL_INTERVAL)
                .ignoreExceptions()
                .until(ready);
    }
}
