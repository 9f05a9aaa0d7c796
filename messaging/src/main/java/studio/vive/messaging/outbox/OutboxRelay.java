package studio.vive.messaging.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.messaging.retry.Backoff;

/**
 * Publishes outbox rows to Kafka until Kafka acknowledges them, then deletes them.
 *
 * <ul>
 *   <li><b>Low latency</b>: a dedicated PostgreSQL session LISTENs on the channel that
 *   {@link Outbox#append} NOTIFYs, so a commit wakes the relay at once;
 *   {@code vive.outbox.fallback-poll} (default 5 s) is only a safety net.</li>
 *   <li><b>Order</b>: rows go out in insertion order ({@code seq}) through an idempotent,
 *   {@code acks=all} producer, so the events of one booking (one key, one partition) stay in
 *   order.</li>
 *   <li><b>One active relay per database</b>: the session holds
 *   {@code pg_try_advisory_lock(vive.outbox.lock-key)}; other instances stand by and take over
 *   when that session ends (crash, restart, network loss).</li>
 *   <li><b>Never loses an event</b>: a row is deleted only after Kafka acknowledged it. Kafka or
 *   PostgreSQL outages are retried forever with capped exponential backoff. A crash between the
 *   acknowledgement and the delete publishes the row again on restart (at-least-once); consumers
 *   de-duplicate on the event id ({@code ProcessedEvents}).</li>
 * </ul>
 *
 * <p>Logs progress with row counts, event ids and types, never payloads. Enabled unless
 * {@code vive.outbox.enabled=false}.
 */
@Singleton
@Requires(property = "vive.outbox.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final RelayConnections connections;
    private final OutboxPublisher publisher;
    private final OutboxConfiguration configuration;
    private final Optional<RelayObserver> observer;
    private final Thread worker;
    private volatile boolean running = true;
    private volatile boolean active;

    OutboxRelay(RelayConnections connections, OutboxPublisher publisher, OutboxConfiguration configuration,
                Optional<RelayObserver> observer) {
        this.connections = connections;
        this.publisher = publisher;
        this.configuration = configuration;
        this.observer = observer;
        this.worker = new Thread(this::run, "vive-outbox-relay");
        this.worker.setDaemon(true);
    }

    @EventListener
    void start(StartupEvent started) {
        worker.start();
    }

    /** Whether the relay thread is still running. */
    public boolean isRunning() {
        return worker.isAlive();
    }

    /** Whether this instance holds the database's relay lock (false while another instance relays). */
    public boolean isActive() {
        return active;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(configuration.fallbackPoll().plus(configuration.ackTimeout()).toMillis());
    }

    private void run() {
        Backoff database = new Backoff(configuration.initialBackoff(), configuration.maxBackoff());
        boolean keepGoing = true;
        while (running && keepGoing) {
            try (RelayConnection session = connections.open()) {
                database.reset();
                relay(session);
            } catch (SQLException e) {
                active = false;
                keepGoing = running && waitAfterDatabaseFailure(e, database.next());
            } catch (InterruptedException e) {
                keepGoing = false;
            } catch (RuntimeException e) {
                // Never let the relay thread die: the outbox would silently stop. Payloads are never in
                // the relay's exceptions, so the stack trace is safe to log.
                active = false;
                Duration wait = database.next();
                LOG.error("Outbox relay: unexpected failure; restarting its session in {} ms", wait.toMillis(), e);
                keepGoing = sleep(wait);
            }
        }
        active = false;
        LOG.info("Outbox relay stopped");
    }

    /** Waits before reconnecting to PostgreSQL; false when the relay was stopped meanwhile. */
    private boolean waitAfterDatabaseFailure(SQLException failure, Duration wait) {
        LOG.warn("Outbox relay: PostgreSQL unavailable (SQLState {}); reconnecting in {} ms",
                failure.getSQLState(), wait.toMillis());
        return sleep(wait);
    }

    private void relay(RelayConnection session) throws SQLException, InterruptedException {
        boolean standby = false;
        while (running) {
            if (session.activate(configuration.lockKey())) {
                if (!active) {
                    LOG.info("Outbox relay active for this database");
                    active = true;
                }
                drain(session);
            } else if (!standby) {
                LOG.info("Outbox relay on standby: another instance relays this database");
                standby = true;
            }
            session.awaitCommit(configuration.fallbackPoll(), () -> running);
        }
    }

    /** Publishes until the outbox is empty, waiting out Kafka outages. */
    private void drain(RelayConnection session) throws SQLException, InterruptedException {
        Backoff kafka = new Backoff(configuration.initialBackoff(), configuration.maxBackoff());
        int failedAttempts = 0;
        long published = 0;
        while (running) {
            List<OutboxRow> batch = session.nextBatch(configuration.batchSize());
            if (batch.isEmpty()) {
                if (failedAttempts > 0) {
                    LOG.info("Outbox relay: Kafka reachable again after {} failed attempts; {} records published",
                            failedAttempts, published);
                }
                return;
            }
            OutboxPublisher.Publication publication = publisher.publish(batch, configuration.ackTimeout());
            List<OutboxRow> acknowledged = publication.acknowledged();
            session.delete(acknowledged.stream().map(OutboxRow::id).toList());
            published += acknowledged.size();
            Instant now = Instant.now();
            acknowledged.forEach(row -> observer.ifPresent(o -> o.published(row.createdAt(), now)));
            if (publication.complete()) {
                kafka.reset();
                continue;
            }
            failedAttempts++;
            if (!waitAfterPartialPublication(session, batch, publication, kafka.next(), failedAttempts)) {
                return;
            }
        }
    }

    /** Waits out a Kafka failure before publishing the rest again; false when the relay was stopped. */
    private boolean waitAfterPartialPublication(RelayConnection session, List<OutboxRow> batch,
                                                OutboxPublisher.Publication publication, Duration wait,
                                                int failedAttempts) throws SQLException {
        LOG.warn("Outbox relay: Kafka acknowledged {} of {} records ({}); {} rows waiting; "
                        + "retrying in {} ms (attempt {})",
                publication.acknowledged().size(), batch.size(), publication.failure().getClass().getSimpleName(),
                session.depth(), wait.toMillis(), failedAttempts);
        return sleep(wait);
    }

    private boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
