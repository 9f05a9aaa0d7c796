package studio.vive.messaging.listen;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.messaging.retry.Backoff;

/**
 * Hands every payload NOTIFYed on one PostgreSQL channel, by any session of the database, to a
 * consumer on this instance. A notification is sent only when the notifying transaction commits,
 * so the consumer sees committed work only.
 *
 * <p>Runs one daemon thread with a dedicated session ({@link ListenSessions}). When the session
 * fails (database restart, network loss: found by a trivial query every
 * {@code vive.listen.liveness-check}), it is opened again with capped exponential backoff, forever.
 * Notifications sent while no session listened are not replayed: the consumer's source of record is
 * the database, this is only the live feed.
 */
public final class ChannelListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelListener.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** Slice of a wait, so a closing listener stops within this time. */
    private static final Duration WAIT_SLICE = Duration.ofMillis(250);

    private final ListenSessions sessions;
    private final String channel;
    private final Consumer<String> payloads;
    private final ListenConfiguration configuration;
    private final Thread worker;
    private final AtomicInteger sessionsListened = new AtomicInteger();
    private volatile boolean running = true;
    private volatile boolean listening;

    private ChannelListener(ListenSessions sessions, String channel, Consumer<String> payloads) {
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a plain PostgreSQL channel name: " + channel);
        }
        this.sessions = sessions;
        this.channel = channel;
        this.payloads = payloads;
        this.configuration = sessions.configuration();
        this.worker = new Thread(this::run, "vive-listen-" + channel);
        this.worker.setDaemon(true);
    }

    /** Starts listening on {@code channel}; {@code payloads} is called on the listener's own thread. */
    public static ChannelListener start(ListenSessions sessions, String channel, Consumer<String> payloads) {
        ChannelListener listener = new ChannelListener(sessions, channel, payloads);
        listener.worker.start();
        return listener;
    }

    /** Whether a session is LISTENing right now. */
    public boolean isListening() {
        return listening;
    }

    /** How many sessions have LISTENed so far: more than one after the listener reconnected. */
    public int sessionsListened() {
        return sessionsListened.get();
    }

    private void run() {
        Backoff backoff = new Backoff(configuration.initialBackoff(), configuration.maxBackoff());
        while (running) {
            try (Connection session = sessions.open(channel)) {
                listen(session);
                backoff.reset();
                receive(session);
            } catch (SQLException e) {
                listening = false;
                if (running && !pause(backoff.next(), "PostgreSQL unavailable (SQLState " + e.getSQLState() + ")")) {
                    break;
                }
            } catch (RuntimeException e) {
                // Never let the thread die: the feed would silently stop.
                listening = false;
                LOG.error("Channel {}: unexpected failure of its session", channel, e);
                if (running && !pause(backoff.next(), "session failed")) {
                    break;
                }
            }
        }
        listening = false;
        LOG.info("Stopped listening on PostgreSQL channel {}", channel);
    }

    private void listen(Connection session) throws SQLException {
        try (Statement listen = session.createStatement()) {
            listen.execute("LISTEN " + channel);
        }
        listening = true;
        int count = sessionsListened.incrementAndGet();
        LOG.info("Listening on PostgreSQL channel {} (session {})", channel, count);
    }

    private void receive(Connection session) throws SQLException {
        PGConnection notifications = session.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + configuration.livenessCheck().toNanos();
        while (running) {
            PGNotification[] received = notifications.getNotifications((int) WAIT_SLICE.toMillis());
            if (received != null) {
                for (PGNotification notification : received) {
                    deliver(notification.getParameter());
                }
            }
            if (System.nanoTime() - nextCheck >= 0) {
                try (Statement alive = session.createStatement()) {
                    alive.execute("SELECT 1");
                }
                nextCheck = System.nanoTime() + configuration.livenessCheck().toNanos();
            }
        }
    }

    private void deliver(String payload) {
        try {
            payloads.accept(payload);
        } catch (RuntimeException e) {
            // One bad delivery must not end the feed for everyone; the payload may be data, so not logged.
            LOG.error("Channel {}: the consumer failed on a notification; listening on", channel, e);
        }
    }

    private boolean pause(Duration wait, String why) {
        LOG.warn("Channel {}: {}; listening again in {} ms", channel, why, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening and closes the session (within about a quarter of a second). */
    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(configuration.sessionTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
