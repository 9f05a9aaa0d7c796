package studio.vive.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.messaging.MessagingTestDatabase;

/**
 * PostgreSQL drops the relay's session soon after the relay's end goes silent, so the advisory
 * lock is released and a standby relay can take over (issue 13, item 8): the relay's session
 * carries its own server-side keepalive and user timeout instead of the server's 2-hour default.
 */
class RelaySessionKeepaliveIT {

    @Test
    void theRelaysSessionMakesTheServerGiveUpOnASilentPeerWithinThePeerLossTimeout() throws Exception {
        try (ApplicationContext context = start("20s");
             RelayConnection session = context.getBean(RelayConnections.class).open()) {
            assertEquals("6", session.serverSetting("tcp_keepalives_idle"));
            assertEquals("4", session.serverSetting("tcp_keepalives_interval"));
            assertEquals("3", session.serverSetting("tcp_keepalives_count"));
            assertEquals("20000", session.serverSetting("tcp_user_timeout"));
        }
    }

    @Test
    void byDefaultTheServerGivesUpWithinThirtySeconds() throws Exception {
        try (ApplicationContext context = start(null);
             RelayConnection session = context.getBean(RelayConnections.class).open()) {
            assertEquals("30000", session.serverSetting("tcp_user_timeout"));
            assertEquals("10", session.serverSetting("tcp_keepalives_idle"));
        }
    }

    private static ApplicationContext start(String peerLossTimeout) {
        Map<String, Object> properties = new HashMap<>(
                MessagingTestDatabase.properties("messaging_relay_keepalive", "RelaySessionKeepaliveIT"));
        properties.put("vive.outbox.enabled", "false");
        if (peerLossTimeout != null) {
            properties.put("vive.outbox.peer-loss-timeout", peerLossTimeout);
        }
        return ApplicationContext.builder().properties(properties).environments(Environment.TEST).start();
    }
}
