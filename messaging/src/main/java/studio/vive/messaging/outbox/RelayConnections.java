package studio.vive.messaging.outbox;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Properties;
import studio.vive.messaging.session.DedicatedSessions;

/**
 * Opens the relay's dedicated sessions with the coordinates of the service's datasource
 * ({@code datasources.<name>.url/username/password}). A dedicated session, not a pooled one: it
 * stays open for LISTEN and the advisory lock and must not shrink the service's pool.
 */
@Singleton
class RelayConnections {

    private final DedicatedSessions sessions;
    private final Properties settings = new Properties();

    RelayConnections(Environment environment, OutboxConfiguration configuration) {
        this.sessions = new DedicatedSessions(environment, configuration.datasource(),
                "the outbox relay (turn it off with vive.outbox.enabled=false)");
        settings.setProperty("ApplicationName", "vive-outbox-relay");
        settings.setProperty("socketTimeout", String.valueOf(configuration.sessionTimeout().toSeconds()));
        settings.setProperty("options", ServerSideKeepalive.of(configuration.peerLossTimeout()).options());
    }

    RelayConnection open() throws SQLException {
        return RelayConnection.listening(sessions.open(settings));
    }
}
