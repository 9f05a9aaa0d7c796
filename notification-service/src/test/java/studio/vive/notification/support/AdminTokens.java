package studio.vive.notification.support;

import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.util.List;
import java.util.Map;

/** Signs test JWTs with the shared secret, as booking-service's {@code POST /login} does. */
public final class AdminTokens {

    private final JwtTokenGenerator tokens;

    public AdminTokens(JwtTokenGenerator tokens) {
        this.tokens = tokens;
    }

    /** A bearer token for a user with {@code roles}. */
    public String withRoles(String... roles) {
        return tokens.generateToken(Map.of("sub", "staff-" + String.join("-", roles), "roles", List.of(roles)))
                .orElseThrow();
    }
}
