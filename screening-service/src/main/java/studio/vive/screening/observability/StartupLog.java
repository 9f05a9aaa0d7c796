package studio.vive.screening.observability;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.screening.rules.ScreeningEngine;

/** Says where the service can be reached once it listens, and which rules it applies. */
@Singleton
class StartupLog implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private final ScreeningEngine engine;

    StartupLog(ScreeningEngine engine) {
        this.engine = engine;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString().replaceAll("/$", "");
        LOG.info("screening-service up (rule set {}): decisions {}/api/decisions/{bookingId} (ADMIN), health {}/health, "
                + "metrics {}/prometheus", engine.ruleSetVersion(), base, base, base);
    }
}
