package studio.vive.kit.security;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule for the HS256 secret the services share ({@code JWT_SECRET}): booking-service signs
 * staff tokens with it, the others verify them. Only the {@code local} and {@code test}
 * environments ship a development secret, so anywhere else it must be configured.
 */
public final class SigningSecret {

    /** Where Micronaut Security reads the secret from ({@code JWT_SECRET} in every application.yml). */
    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MINIMUM_BYTES = 32;

    private SigningSecret() {
    }

    /** What is wrong with {@code secret}, or empty when it is usable. */
    public static Optional<String> problem(@Nullable String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            return Optional.of("JWT_SECRET must be set to at least " + MINIMUM_BYTES + " bytes");
        }
        return Optional.empty();
    }
}
