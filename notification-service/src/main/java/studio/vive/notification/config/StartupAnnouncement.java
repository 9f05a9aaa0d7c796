package studio.vive.notification.config;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs where the service can be reached once it listens. */
@Singleton
public class StartupAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(StartupAnnouncement.class);

    @EventListener
    void onStartup(ServerStartupEvent event) {
        URL base = event.getSource().getURL();
        LOG.info("notification-service ready at {} (health {}/health, metrics {}/prometheus, "
                + "delivery log {}/api/admin/notifications?bookingId=...)", base, base, base, base);
    }
}
