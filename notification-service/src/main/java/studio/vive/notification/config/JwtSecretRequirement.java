package studio.vive.notification.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses to start without a usable shared JWT secret ({@code JWT_SECRET}): the admin API would
 * otherwise come up and reject every request. Only the local and test environments ship a dev
 * secret. Loaded eagerly ({@link Context}) so the check happens at start-up.
 */
@Context
public class JwtSecretRequirement {

    static final String SECRET_PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    /** HS256 needs a key of at least 256 bits. */
    static final int MINIMUM_SECRET_BYTES = 32;

    public JwtSecretRequirement(Environment environment) {
        Optional<String> secret;
        try {
            secret = environment.getProperty(SECRET_PROPERTY, String.class);
        } catch (ConfigurationException unresolved) {
            secret = Optional.empty();
        }
        if (secret.isEmpty() || secret.get().isBlank()) {
            throw new ConfigurationException("JWT_SECRET is not set: the shared JWT secret is required outside the"
                    + " local and test environments");
        }
        if (secret.get().getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new ConfigurationException("JWT_SECRET must be at least " + MINIMUM_SECRET_BYTES
                    + " bytes for HS256");
        }
    }
}
