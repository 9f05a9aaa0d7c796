package studio.vive.messaging.outbox;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Opens the relay's dedicated sessions with the coordinates of the service's datasource
 * ({@code datasources.<name>.url/username/password}). A dedicated session, not a pooled one: it
 * stays open for LISTEN and the advisory lock and must not shrink the service's pool.
 */
@Singleton
class RelayConnections {

    private static final Driver DRIVER = new Driver();

    private final String url;
    private final Properties credentials = new Properties();

    RelayConnections(Environment environment, OutboxConfiguration configuration) {
        String prefix = "datasources." + configuration.datasource() + ".";
        this.url = environment.getProperty(prefix + "url", String.class)
                .orElseThrow(() -> new ConfigurationException(
                        "the outbox relay needs " + prefix + "url (or vive.outbox.enabled=false)"));
        environment.getProperty(prefix + "username", String.class).ifPresent(u -> credentials.setProperty("user", u));
        environment.getProperty(prefix + "password", String.class).ifPresent(p -> credentials.setProperty("password", p));
        credentials.setProperty("ApplicationName", "vive-outbox-relay");
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("socketTimeout", String.valueOf(configuration.sessionTimeout().toSeconds()));
        credentials.setProperty("options", ServerSideKeepalive.of(configuration.peerLossTimeout()).options());
        // Server error details can quote row values; keep them out of exception messages and logs.
        credentials.setProperty("logServerErrorDetail", "false");
    }

    RelayConnection open() throws SQLException {
        // The driver directly, not DriverManager: no dependence on driver registration in a shaded jar.
        Connection connection = DRIVER.connect(url, credentials);
        if (connection == null) {
            throw new ConfigurationException("the outbox relay needs a PostgreSQL JDBC URL");
        }
        return RelayConnection.listening(connection);
    }
}
