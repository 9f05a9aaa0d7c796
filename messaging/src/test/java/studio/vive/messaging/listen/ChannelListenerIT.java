package studio.vive.messaging.listen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.messaging.MessagingTestDatabase;
import studio.vive.testsupport.SharedInfrastructure;

/** A channel listener hears what other sessions NOTIFY once they commit, and listens again after its session is cut. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelListenerIT {

    private static final String DATABASE = "messaging_channel_listener";
    private static final String CHANNEL = "vive_listener_test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private ApplicationContext context;
    private ChannelListener listener;

    @BeforeAll
    void listen() {
        Map<String, Object> properties = new HashMap<>(MessagingTestDatabase.properties(DATABASE, "ChannelListenerIT"));
        properties.put("vive.outbox.enabled", "false");
        context = ApplicationContext.builder().properties(properties).environments(Environment.TEST).start();
        listener = ChannelListener.start(context.getBean(ListenSessions.class), CHANNEL, heard::add);
        await().atMost(WAIT).until(listener::isListening);
    }

    @AfterAll
    void stop() {
        listener.close();
        context.close();
    }

    @Test
    void aCommittedNotificationIsHeardAndARolledBackOneIsNot() throws SQLException {
        notifyIn(false, "rolled-back");
        notifyIn(true, "committed");

        await().atMost(WAIT).until(() -> heard.contains("committed"));
        assertFalse(heard.contains("rolled-back"), "a rolled-back notification was heard");
    }

    @Test
    void afterItsSessionIsCutTheListenerListensAgain() throws SQLException {
        int before = listener.sessionsListened();
        try (Connection admin = session();
             PreparedStatement cut = admin.prepareStatement(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
            cut.setString(1, "vive-listen-" + CHANNEL);
            cut.executeQuery().close();
        }
        await().atMost(WAIT).until(() -> listener.sessionsListened() > before && listener.isListening());

        notifyIn(true, "after-the-cut");
        await().atMost(WAIT).until(() -> heard.contains("after-the-cut"));
    }

    private static void notifyIn(boolean commit, String payload) throws SQLException {
        try (Connection connection = session()) {
            connection.setAutoCommit(false);
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.executeQuery().close();
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private static Connection session() throws SQLException {
        SharedInfrastructure.Database database = SharedInfrastructure.get().database(DATABASE);
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
