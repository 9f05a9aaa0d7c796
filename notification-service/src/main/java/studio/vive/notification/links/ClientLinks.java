package studio.vive.notification.links;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A booking's links for one client email, as booking-service issues them (bearer credentials:
 * never logged, never stored here).
 *
 * @param manageUrl  where the client sees, moves or cancels the booking
 * @param recheckUrl the booking's pre-visit re-check page
 * @param expiresAt  when both stop opening the booking
 */
@Serdeable
public record ClientLinks(String manageUrl, String recheckUrl, Instant expiresAt) {

    @Override
    public String toString() {
        return "ClientLinks[expiresAt=" + expiresAt + "]";
    }
}
