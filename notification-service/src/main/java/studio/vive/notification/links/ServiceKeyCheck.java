package studio.vive.notification.links;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;

/**
 * Refuses to start without the key booking-service knows this service by
 * ({@code NOTIFICATION_SERVICE_KEY}, at least {@value #MINIMUM_BYTES} bytes): without it no
 * confirmation or reminder could get its links, and they would all wait unsent. Development keys
 * exist only in the {@code local} and {@code test} environments.
 */
@Context
class ServiceKeyCheck {

    static final int MINIMUM_BYTES = 32;

    ServiceKeyCheck(@Value("${vive.notification.client-links.service-key:}") @Nullable String key) {
        if (key == null || key.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("notification-service cannot start: NOTIFICATION_SERVICE_KEY must be"
                    + " set to at least " + MINIMUM_BYTES + " bytes (the key booking-service hands out client links"
                    + " for, the same value in both services; e.g. openssl rand -base64 32)");
        }
    }
}
