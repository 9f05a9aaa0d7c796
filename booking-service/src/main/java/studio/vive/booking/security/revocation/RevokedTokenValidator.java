package studio.vive.booking.security.revocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses a staff token that was signed out ({@link StaffTokenRevocation}), on the API and the
 * pages alike: the request is then unauthenticated (401, or the sign-in page for a browser).
 * Looks the token's id up in booking's database on every validation, so a sign-out holds on every
 * instance at once; validation runs on the blocking executor
 * ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}).
 */
@Singleton
class RevokedTokenValidator<T> implements GenericJwtClaimsValidator<T> {

    private final StaffTokenRevocation revocation;

    RevokedTokenValidator(StaffTokenRevocation revocation) {
        this.revocation = revocation;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return StaffTokenRevocation.idOf(claims.get(Claims.TOKEN_ID))
                .map(jti -> !revocation.isRevoked(jti))
                .orElse(true);
    }
}
