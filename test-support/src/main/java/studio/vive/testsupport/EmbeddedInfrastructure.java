package studio.vive.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.localinfra.EmbeddedKafka;
import studio.vive.localinfra.EmbeddedMail;
import studio.vive.localinfra.EmbeddedPostgres;

/** Kafka, PostgreSQL and GreenMail inside the test JVM on free ports, data in a temporary folder. */
final class EmbeddedInfrastructure implements Infrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static final int EPHEMERAL = 0;
    private static final int START_ATTEMPTS = 3;

    private final Path dataDirectory;
    private final EmbeddedKafka kafka;
    private final EmbeddedPostgres postgres;
    private final EmbeddedMail mail;

    private EmbeddedInfrastructure(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.kafka = new EmbeddedKafka(dataDirectory.resolve("kafka"), EPHEMERAL);
        this.postgres = new EmbeddedPostgres(dataDirectory.resolve("postgres"), EPHEMERAL);
        this.mail = new EmbeddedMail(dataDirectory.resolve("mail"), EPHEMERAL, EPHEMERAL);
    }

    /**
     * Starts all three on free ports. Ports are chosen before the servers bind them, so another
     * JVM on the machine can take one in between: a start that fails is retried on other ports.
     */
    static EmbeddedInfrastructure start() {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce();
            } catch (RuntimeException e) {
                failure = e;
                LOG.warn("Embedded test infrastructure did not start (attempt {} of {}): {}", attempt, START_ATTEMPTS, e.getMessage());
            }
        }
        throw failure;
    }

    private static EmbeddedInfrastructure startOnce() {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("vive-test-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the test infrastructure", e);
        }
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(dataDirectory);
        try {
            // Kafka and PostgreSQL each take a few seconds to start: overlap them.
            CompletableFuture<Void> database = CompletableFuture.runAsync(infrastructure.postgres::start);
            try {
                infrastructure.kafka.start();
                infrastructure.mail.start();
            } finally {
                joinUnwrapped(database);
            }
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        return infrastructure;
    }

    private static void joinUnwrapped(CompletableFuture<Void> start) {
        try {
            start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public InfrastructureMode mode() {
        return InfrastructureMode.EMBEDDED;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public SharedInfrastructure.Database database(String name) {
        postgres.createDatabaseIfMissing(name);
        return new SharedInfrastructure.Database(postgres.jdbcUrl(name), EmbeddedPostgres.USERNAME, EmbeddedPostgres.PASSWORD);
    }

    @Override
    public String smtpHost() {
        return mail.host();
    }

    @Override
    public int smtpPort() {
        return mail.smtpPort();
    }

    @Override
    public String imapHost() {
        return mail.host();
    }

    @Override
    public int imapPort() {
        return mail.imapPort();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    @Override
    public void stopPostgres() {
        postgres.stop();
    }

    @Override
    public void startPostgres() {
        postgres.start();
    }

    @Override
    public void stopSmtp() {
        mail.stop();
    }

    @Override
    public void startSmtp() {
        mail.start();
    }

    @Override
    public void close() {
        // Each in its own try: a PostgreSQL server left running would outlive the test JVM.
        try {
            mail.stop();
        } finally {
            try {
                kafka.stop();
            } finally {
                try {
                    postgres.stop();
                } finally {
                    deleteQuietly(dataDirectory);
                }
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless; failing the test run for it is not.
        }
    }
}
