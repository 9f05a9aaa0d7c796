package studio.vive.messaging.session;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Opens PostgreSQL sessions of their own, outside the service's connection pool, with the
 * coordinates of one of its datasources ({@code datasources.<name>.url/username/password}): for
 * work that keeps a session for the life of the service (LISTEN, a session-level advisory lock)
 * and so must neither shrink the pool nor hand that state to another borrower.
 */
public final class DedicatedSessions {

    private static final Driver DRIVER = new Driver();

    private final String url;
    private final String purpose;
    private final Properties settings = new Properties();

    /**
     * @param purpose who opens the sessions, for configuration errors ("the outbox relay")
     * @throws ConfigurationException when the datasource has no URL
     */
    public DedicatedSessions(Environment environment, String datasource, String purpose) {
        String prefix = "datasources." + datasource + ".";
        this.purpose = purpose;
        this.url = environment.getProperty(prefix + "url", String.class)
                .orElseThrow(() -> new ConfigurationException(purpose + " needs " + prefix + "url"));
        environment.getProperty(prefix + "username", String.class).ifPresent(u -> settings.setProperty("user", u));
        environment.getProperty(prefix + "password", String.class).ifPresent(p -> settings.setProperty("password", p));
        settings.setProperty("tcpKeepAlive", "true");
        // Server error details can quote row values; keep them out of exception messages and logs.
        settings.setProperty("logServerErrorDetail", "false");
    }

    /** A new session with these pgjdbc connection properties on top of the credentials. */
    public Connection open(Properties connectionProperties) throws SQLException {
        Properties session = new Properties();
        session.putAll(settings);
        session.putAll(connectionProperties);
        // The driver directly, not DriverManager: no dependence on driver registration in a shaded jar.
        Connection connection = DRIVER.connect(url, session);
        if (connection == null) {
            throw new ConfigurationException(purpose + " needs a PostgreSQL JDBC URL");
        }
        return connection;
    }
}
