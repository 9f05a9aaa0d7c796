package studio.vive.kit.startup;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, once the service listens, where it can be reached: its name, its address, health and
 * metrics, then every {@link StartupDetail} the service contributes.
 */
@Singleton
public class StartupLog implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private final String service;
    private final List<StartupDetail> details;

    public StartupLog(@Value("${micronaut.application.name}") String service, List<StartupDetail> details) {
        this.service = service;
        this.details = List.copyOf(details);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info(line(event.getSource().getURL().toString()));
    }

    /** The start-up line for a service listening on {@code url}. */
    String line(String url) {
        String base = url.replaceAll("/$", "");
        List<String> parts = new ArrayList<>();
        for (StartupDetail detail : details) {
            parts.add(detail.describe(base));
        }
        parts.add("health " + base + "/health");
        parts.add("metrics " + base + "/prometheus");
        return service + " listening on " + base + ": " + String.join(", ", parts);
    }
}
