package studio.vive.kit.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Optional;

/**
 * Refuses to start without a usable shared JWT secret ({@link SigningSecret}): the service would
 * otherwise come up and reject, or fail to verify, every staff token. Loaded eagerly
 * ({@link Context}) so the check happens at start-up. A service with more start-up requirements
 * replaces this bean with one that also applies {@link SigningSecret}.
 */
@Context
public class SigningSecretCheck {

    private static final String APPLICATION_NAME = "micronaut.application.name";

    public SigningSecretCheck(Environment environment) {
        Optional<String> problem = SigningSecret.problem(secret(environment).orElse(null));
        if (problem.isPresent()) {
            String service = environment.getProperty(APPLICATION_NAME, String.class).orElse("the service");
            throw new ConfigurationException(service + " cannot start: " + problem.get()
                    + " (the HS256 secret booking-service signs staff tokens with); development secrets exist"
                    + " only in the local and test environments");
        }
    }

    /** The configured secret; empty also when its {@code ${JWT_SECRET}} placeholder has no value. */
    private static Optional<String> secret(Environment environment) {
        try {
            return environment.getProperty(SigningSecret.PROPERTY, String.class);
        } catch (ConfigurationException unresolved) {
            return Optional.empty();
        }
    }
}
