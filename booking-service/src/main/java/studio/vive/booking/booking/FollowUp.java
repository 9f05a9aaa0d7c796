package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import java.time.Instant;

/**
 * A staff member followed a referral up (columns {@code followed_up_*}).
 *
 * @param by the staff user who did
 */
@Embeddable
public record FollowUp(Instant at, @Nullable String by) {
}
