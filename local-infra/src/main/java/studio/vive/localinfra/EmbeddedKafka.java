package studio.vive.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka (KRaft, broker and controller in one process, no ZooKeeper) running inside
 * this JVM, storing its logs under a data directory.
 *
 * <p>It can be stopped and started again any number of times: it comes back on the same port with
 * the same data, which is what fault tests and the local stack need. Every topic of the platform
 * ({@link PlatformTopics}) exists, with {@value #DEFAULT_PARTITIONS} partitions, once
 * {@link #start()} returns.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** Partitions of topics created on first use, the same as the platform topics'. */
    public static final int DEFAULT_PARTITIONS = PlatformTopics.PARTITIONS;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final short REPLICATION_FACTOR = 1;
    /** Internal topics are read by every consumer group join: few partitions keep start-up quick. */
    private static final int INTERNAL_TOPIC_PARTITIONS = 3;
    private static final String HOST = "localhost";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String META_PROPERTIES = "meta.properties";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /**
     * @param dataDirectory where the logs and the KRaft metadata live; kept across restarts
     * @param port          the client port, or 0 for a free port chosen once (kept across restarts)
     */
    public EmbeddedKafka(Path dataDirectory, int port) {
        this.logDirectory = dataDirectory.toAbsolutePath().resolve("logs");
        this.port = FreePort.fixedOrPick(port);
        // A fixed client port gets the conventional controller port next to it; an ephemeral one a free port.
        this.controllerPort = port == 0 ? FreePort.pick() : port + 1;
    }

    /** Starts the broker (formatting the storage on first start) and creates the platform topics. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        long started = System.nanoTime();
        formatStorageIfNew();
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(), false), Time.SYSTEM);
        try {
            starting.startup();
            server = starting;
            PlatformTopics.createAll(bootstrapServers(), READY_TIMEOUT);
        } catch (RuntimeException e) {
            // Kafka's threads would otherwise outlive the failed start.
            server = null;
            shutdown(starting);
            throw new IllegalStateException("Kafka did not start on port " + port + ": " + e.getMessage(), e);
        }
        LOG.info("Kafka (KRaft) up on {} in {} ms, data in {}", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logDirectory);
    }

    /** Stops the broker; its data stays for the next {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        shutdown(stopping);
        LOG.info("Kafka on {} stopped", bootstrapServers());
    }

    /** Whether the broker is running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code localhost:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The client port. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private void formatStorageIfNew() {
        if (Files.exists(logDirectory.resolve(META_PROPERTIES))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            // A new cluster id only on first format: a different id on restart would make Kafka refuse the data.
            new Formatter()
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
            LOG.debug("Formatted Kafka storage: {}", output.toString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Kafka data directory " + logDirectory, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDirectory, e);
        }
    }

    private Properties brokerProperties() {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("process.roles", "broker,controller"),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toString()),
                Map.entry("num.partitions", String.valueOf(DEFAULT_PARTITIONS)),
                Map.entry("default.replication.factor", String.valueOf(REPLICATION_FACTOR)),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", String.valueOf(REPLICATION_FACTOR)),
                Map.entry("offsets.topic.num.partitions", String.valueOf(INTERNAL_TOPIC_PARTITIONS)),
                Map.entry("transaction.state.log.replication.factor", String.valueOf(REPLICATION_FACTOR)),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", String.valueOf(INTERNAL_TOPIC_PARTITIONS)),
                // One member per group in tests and the dev stack: no reason to wait for more to join.
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true")));
        return properties;
    }

    private static void shutdown(KafkaRaftServer server) {
        Thread waiter = new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "embedded-kafka-shutdown");
        waiter.start();
        try {
            waiter.join(SHUTDOWN_TIMEOUT.toMillis());
            if (waiter.isAlive()) {
                LOG.warn("Kafka did not shut down within {}", SHUTDOWN_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
