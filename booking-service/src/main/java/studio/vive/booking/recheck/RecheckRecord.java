package studio.vive.booking.recheck;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import studio.vive.contracts.Tier;

/**
 * The last pre-visit re-check of a booking: when screening decided it and its result. No answers.
 *
 * @param result {@link Tier#CLEARED} or {@link Tier#URGENT_REFERRAL}
 */
@MappedEntity("booking_recheck")
public record RecheckRecord(@Id UUID bookingId, Instant recheckedAt, Tier result) {
}
