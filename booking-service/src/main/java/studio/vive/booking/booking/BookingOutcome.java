package studio.vive.booking.booking;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.List;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/**
 * Screening's decision on a booking, as stored with it (columns {@code outcome_*}).
 *
 * @param reasons the plain-language reasons of a referral; empty when screening cleared it
 */
@Embeddable
public record BookingOutcome(
        Tier tier,
        @MappedProperty(converter = ReasonsConverter.class) List<Reason> reasons,
        String ruleSet,
        Instant decidedAt) {

    public BookingOutcome {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Whether screening raised a referral (of either tier). */
    public boolean isReferral() {
        return tier != Tier.CLEARED;
    }
}
