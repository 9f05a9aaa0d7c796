package studio.vive.booking.security.revocation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A staff token signed out before it expired: its id, and when it would have expired anyway. */
@MappedEntity("revoked_staff_token")
record RevokedToken(@Id String jti, Instant expiresAt) {
}
