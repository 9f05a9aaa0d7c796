package studio.vive.booking.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.ClearedRule;
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

    /**
     * The screening decision: its tier and, for a referral, the plain-language reasons.
     *
     * @param cleared the matched rules a doctor's clearance covered ("cleared by doctor on"), empty when none
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Outcome(Tier tier, List<Reason> reasons, List<ClearedRule> cleared) {

        /** An outcome no clearance took part in. */
        public Outcome(Tier tier, List<Reason> reasons) {
            this(tier, reasons, List.of());
        }
    }
}
