package studio.vive.booking.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A referral's doctor's clearance as admins see it (never the code). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClearanceView(UUID id, String clinician, LocalDate clearedOn, LocalDate validUntil,
                            @Nullable String note, List<String> covers, String recordedBy,
                            OffsetDateTime recordedAt) {
}
