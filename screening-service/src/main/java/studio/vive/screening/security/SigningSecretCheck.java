package studio.vive.screening.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses to start without a usable JWT signing secret ({@code JWT_SECRET}, shared with
 * booking-service, which issues the tokens). Only the {@code local} and {@code test} environments
 * carry a development secret; anywhere else a missing secret must stop the service rather than
 * leave the admin API unverifiable.
 */
@Context
class SigningSecretCheck {

    /** HS256 needs at least a 256-bit key. */
    static final int MINIMUM_BYTES = 32;

    SigningSecretCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("JWT_SECRET must be set to the secret booking-service signs tokens with "
                    + "(at least " + MINIMUM_BYTES + " bytes); development defaults exist only in the local and test "
                    + "environments");
        }
    }
}
