package studio.vive.messaging.listen;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import studio.vive.messaging.session.DedicatedSessions;

/**
 * Opens the sessions {@link ChannelListener}s LISTEN on: dedicated ones ({@link DedicatedSessions}),
 * since a LISTENing session stays open for the life of the service.
 */
@Singleton
public class ListenSessions {

    private final DedicatedSessions sessions;
    private final ListenConfiguration configuration;

    ListenSessions(Environment environment, ListenConfiguration configuration) {
        this.sessions = new DedicatedSessions(environment, configuration.datasource(), "listening on PostgreSQL");
        this.configuration = configuration;
    }

    /** The settings listeners run with. */
    public ListenConfiguration configuration() {
        return configuration;
    }

    /** A new auto-commit session named {@code vive-listen-<channel>} (visible in pg_stat_activity). */
    Connection open(String channel) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("ApplicationName", "vive-listen-" + channel);
        settings.setProperty("socketTimeout", String.valueOf(configuration.sessionTimeout().toSeconds()));
        Connection connection = sessions.open(settings);
        connection.setAutoCommit(true);
        return connection;
    }
}
