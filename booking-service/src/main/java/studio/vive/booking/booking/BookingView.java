package studio.vive.booking.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/**
 * What a client sees of their booking (with its access token). Times are in the studio's zone.
 *
 * @param outcome null until screening decided
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BookingView(
        UUID id,
        BookingStatus status,
        String serviceCode,
        String therapistId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Nullable Outcome outcome) {

    /** The screening decision: its tier and, for a referral, the plain-language reasons. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Outcome(Tier tier, List<Reason> reasons) {
    }
}
