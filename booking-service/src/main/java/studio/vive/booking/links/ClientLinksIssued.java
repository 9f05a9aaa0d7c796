package studio.vive.booking.links;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The links of one booking for one email (a response of the internal API; bearer credentials, so
 * never logged).
 *
 * @param manageUrl  where the client sees, moves or cancels the booking
 * @param recheckUrl the pre-visit re-check page of the same booking
 * @param expiresAt  when both stop opening the booking (the appointment's end plus the grace)
 */
@Serdeable
public record ClientLinksIssued(String manageUrl, String recheckUrl, Instant expiresAt) {

    @Override
    public String toString() {
        return "ClientLinksIssued[expiresAt=" + expiresAt + "]";
    }
}
