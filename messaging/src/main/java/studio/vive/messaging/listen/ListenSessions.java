package studio.vive.messaging.listen;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Opens dedicated PostgreSQL sessions for {@link ChannelListener}s with the coordinates of the
 * service's datasource. Dedicated, not pooled: a LISTENing session stays open for the life of the
 * service and must neither shrink the pool nor be handed to someone else with its LISTEN.
 */
@Singleton
public class ListenSessions {

    private static final Driver DRIVER = new Driver();

    private final String url;
    private final Properties settings = new Properties();
    private final ListenConfiguration configuration;

    ListenSessions(Environment environment, ListenConfiguration configuration) {
        this.configuration = configuration;
        String prefix = "datasources." + configuration.datasource() + ".";
        this.url = environment.getProperty(prefix + "url", String.class)
                .orElseThrow(() -> new ConfigurationException("listening on PostgreSQL needs " + prefix + "url"));
        environment.getProperty(prefix + "username", String.class).ifPresent(u -> settings.setProperty("user", u));
        environment.getProperty(prefix + "password", String.class).ifPresent(p -> settings.setProperty("password", p));
        settings.setProperty("tcpKeepAlive", "true");
        settings.setProperty("socketTimeout", String.valueOf(configuration.sessionTimeout().toSeconds()));
        // Server error details can quote row values; keep them out of exception messages and logs.
        settings.setProperty("logServerErrorDetail", "false");
    }

    /** The settings listeners run with. */
    public ListenConfiguration configuration() {
        return configuration;
    }

    /** A new auto-commit session named {@code vive-listen-<channel>} (visible in pg_stat_activity). */
    Connection open(String channel) throws SQLException {
        Properties session = new Properties();
        session.putAll(settings);
        session.setProperty("ApplicationName", "vive-listen-" + channel);
        // The driver directly, not DriverManager: no dependence on driver registration in a shaded jar.
        Connection connection = DRIVER.connect(url, session);
        if (connection == null) {
            throw new ConfigurationException("listening on PostgreSQL needs a PostgreSQL JDBC URL, not " + url);
        }
        connection.setAutoCommit(true);
        return connection;
    }
}
