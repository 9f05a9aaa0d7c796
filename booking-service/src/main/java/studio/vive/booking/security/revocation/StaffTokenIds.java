package studio.vive.booking.security.revocation;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Gives every staff token Micronaut issues an id ({@code jti}, a random UUID), so a signed-out
 * token can be told apart from a newer one of the same staff member and refused alone.
 */
@Singleton
class StaffTokenIds implements JtiGenerator {

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
