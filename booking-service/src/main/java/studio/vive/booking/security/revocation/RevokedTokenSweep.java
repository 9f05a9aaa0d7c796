package studio.vive.booking.security.revocation;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the revocations of tokens past their own expiry (refused by their {@code exp} anyway),
 * so the table holds only signed-out tokens that would still be valid. Every instance runs it; the
 * delete is idempotent.
 */
@Singleton
class RevokedTokenSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RevokedTokenSweep.class);

    /**
     * The clock tokens' {@code exp} is checked against (Micronaut's ExpirationJwtClaimsValidator reads
     * the system time), not the service's studio {@link Clock}: a row goes only once its token would
     * be refused anyway.
     */
    private static final Clock TOKEN_CLOCK = Clock.systemUTC();

    private final RevokedTokenRepository revoked;

    RevokedTokenSweep(RevokedTokenRepository revoked) {
        this.revoked = revoked;
    }

    /** @return how many expired revocations were deleted */
    @Scheduled(fixedDelay = "${vive.staff.revocation.sweep-interval}",
            initialDelay = "${vive.staff.revocation.sweep-interval}")
    int sweep() {
        try {
            int deleted = revoked.deleteExpired(TOKEN_CLOCK.instant());
            if (deleted > 0) {
                LOG.debug("Deleted {} revocations of expired staff tokens", deleted);
            }
            return deleted;
        } catch (RuntimeException e) {
            // the next run tries again; a database outage is reported by the service's health check
            LOG.warn("Expired staff token revocations not deleted: {}", e.getClass().getSimpleName());
            return 0;
        }
    }
}
