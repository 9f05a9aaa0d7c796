package studio.vive.booking.admin;

import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** When the bearer token behind an authentication expires: its {@code exp} claim. */
public final class TokenExpiry {

    private static final String EXPIRATION_CLAIM = "exp";

    private TokenExpiry() {
    }

    /** The token's expiry, or empty when it has none (tokens issued without a lifetime). */
    public static Optional<Instant> of(Authentication authentication) {
        Object exp = authentication.getAttributes().get(EXPIRATION_CLAIM);
        if (exp instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (exp instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (exp instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
