package studio.vive.screening.security;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.testsupport.SharedInfrastructure;

/** Outside the local and test environments the service refuses to start without the JWT secret. */
class SigningSecretIT {

    @Test
    void withoutAnEnvironmentAndWithoutJwtSecretTheServiceRefusesToStart() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> start(Map.of()).close());

        assertTrue(causes(refused).contains("JWT_SECRET must be set"), causes(refused));
    }

    @Test
    void aSecretShorterThan256BitsIsRefused() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> start(Map.of("JWT_SECRET", "too-short")).close());

        assertTrue(causes(refused).contains("JWT_SECRET must be set"), causes(refused));
    }

    @Test
    void withJwtSecretSetTheServiceStarts() {
        try (ApplicationContext context = start(Map.of("JWT_SECRET", "a-production-secret-of-at-least-32-bytes"))) {
            assertTrue(context.isRunning());
        }
    }

    @Test
    void theLocalEnvironmentHasADevelopmentSecret() {
        Map<String, Object> properties = properties(Map.of());
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("local")
                .properties(properties).start()) {
            assertTrue(context.isRunning());
        }
    }

    /** Starts with no environment at all (not even the deduced "test"), as in production. */
    private static ApplicationContext start(Map<String, String> extra) {
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties(extra)).start();
    }

    private static Map<String, Object> properties(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties("screening_secret"));
        // As the environment variable JWT_SECRET reaches ${JWT_SECRET}.
        properties.putAll(extra);
        properties.put("vive.screening.intake.enabled", "false");
        properties.put("vive.outbox.enabled", "false");
        return properties;
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" | ");
        }
        return messages.toString();
    }
}
