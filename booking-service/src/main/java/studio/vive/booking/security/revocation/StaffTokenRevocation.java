package studio.vive.booking.security.revocation;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.admin.TokenExpiry;

/**
 * Signs a staff token out before it expires: its id is recorded in booking's database, shared by
 * every instance, until the token's own expiry; {@link RevokedTokenValidator} then refuses it.
 */
@Singleton
public class StaffTokenRevocation {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTokenRevocation.class);

    private final RevokedTokenRepository revoked;

    StaffTokenRevocation(RevokedTokenRepository revoked) {
        this.revoked = revoked;
    }

    /**
     * Revokes the token behind {@code authentication}. A token without an id (issued before tokens
     * had one) cannot be revoked; it expires as before.
     */
    public void revoke(Authentication authentication) {
        Optional<String> jti = idOf(authentication.getAttributes().get(Claims.TOKEN_ID));
        Optional<Instant> expiry = TokenExpiry.of(authentication);
        if (jti.isEmpty() || expiry.isEmpty()) {
            return;
        }
        revoked.revoke(jti.get(), expiry.get());
        LOG.info("Staff member {} signed out; token {} revoked until {}", authentication.getName(), jti.get(), expiry.get());
    }

    /** Whether the token with id {@code jti} was signed out. */
    boolean isRevoked(String jti) {
        return revoked.existsByJti(jti);
    }

    static Optional<String> idOf(Object jti) {
        return jti instanceof String id && !id.isBlank() ? Optional.of(id) : Optional.empty();
    }
}
