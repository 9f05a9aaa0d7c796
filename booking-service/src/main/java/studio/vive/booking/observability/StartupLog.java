package studio.vive.booking.observability;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says where the service can be reached once it listens. */
@Singleton
class StartupLog implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private final String publicBaseUrl;
    private final String zone;

    StartupLog(@Value("${vive.booking.public-base-url}") String publicBaseUrl,
               @Value("${vive.studio.time-zone}") String zone) {
        this.publicBaseUrl = publicBaseUrl;
        this.zone = zone;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String local = event.getSource().getURL().toString();
        LOG.info("booking-service listening on {} (public {}): API {}/api, Swagger UI {}/swagger-ui, "
                        + "health {}/health, metrics {}/prometheus, staff login POST {}/login; studio time zone {}",
                local, publicBaseUrl, local, local, local, local, local, zone);
    }
}
