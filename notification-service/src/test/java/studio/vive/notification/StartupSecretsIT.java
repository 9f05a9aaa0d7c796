package studio.vive.notification;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Outside the local and test environments the service does not start without the shared JWT secret
 * and the key booking-service hands out client links for.
 */
class StartupSecretsIT {

    private static final String JWT_SECRET = "a-production-like-secret-of-sufficient-length-0123456789";
    private static final String SERVICE_KEY = "a-production-like-notification-service-key-0123456789";

    private static Map<String, Object> infrastructure() {
        Map<String, Object> properties = new HashMap<>(
                SharedInfrastructure.get().serviceProperties("notification_jwt_requirement"));
        properties.put("micronaut.server.port", -1);
        properties.put("NOTIFICATION_SERVICE_KEY", SERVICE_KEY);
        return properties;
    }

    private static ApplicationContext startWithoutTestEnvironment(Map<String, Object> properties) {
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    @Test
    void theServiceRefusesToStartWithoutAJwtSecret() {
        Throwable failure = assertThrows(RuntimeException.class, () -> startWithoutTestEnvironment(infrastructure()));
        assertTrue(causes(failure).contains("JWT_SECRET"), causes(failure));
    }

    @Test
    void theServiceRefusesToStartWithATooShortJwtSecret() {
        Map<String, Object> properties = infrastructure();
        properties.put("JWT_SECRET", "too-short");
        Throwable failure = assertThrows(RuntimeException.class, () -> startWithoutTestEnvironment(properties));
        assertTrue(causes(failure).contains("at least 32 bytes"), causes(failure));
    }

    @Test
    void theServiceRefusesToStartWithoutAServiceKey() {
        Map<String, Object> properties = infrastructure();
        properties.put("JWT_SECRET", JWT_SECRET);
        properties.remove("NOTIFICATION_SERVICE_KEY");
        Throwable failure = assertThrows(RuntimeException.class, () -> startWithoutTestEnvironment(properties));
        assertTrue(causes(failure).contains("NOTIFICATION_SERVICE_KEY must be set to at least 32 bytes"), causes(failure));
    }

    @Test
    void theServiceRefusesToStartWithATooShortServiceKey() {
        Map<String, Object> properties = infrastructure();
        properties.put("JWT_SECRET", JWT_SECRET);
        properties.put("NOTIFICATION_SERVICE_KEY", "short-key");
        Throwable failure = assertThrows(RuntimeException.class, () -> startWithoutTestEnvironment(properties));
        assertTrue(causes(failure).contains("NOTIFICATION_SERVICE_KEY"), causes(failure));
    }

    @Test
    void theServiceStartsWithAJwtSecretAndAServiceKey() {
        Map<String, Object> properties = infrastructure();
        properties.put("JWT_SECRET", JWT_SECRET);
        try (ApplicationContext context = startWithoutTestEnvironment(properties)) {
            assertTrue(context.isRunning());
        }
    }
}
