package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A doctor's clearance a client re-books with, as screening-service needs it: which rule ids the
 * doctor's clearance may cover and the day the doctor saw the client. Never the condition itself,
 * the clinician or the note (they stay in booking-service).
 *
 * <p>booking-service sends it only when the code is valid, bound to this client and the
 * appointment is on or before its {@code validUntil}; screening still decides, rule by rule, which
 * of the matched rules the clearance covers (see screening-service's {@code rules/clearance}).
 *
 * @param clearanceId  the clearance the decision relied on (recorded with the decision)
 * @param clearedOn    the studio date the doctor cleared the client
 * @param coveredRules rule ids the clearance may cover
 */
@Serdeable
public record ClearanceGrant(@NotNull UUID clearanceId, @NotNull LocalDate clearedOn,
                             @NotEmpty List<String> coveredRules) {

    public ClearanceGrant {
        coveredRules = coveredRules == null ? null : List.copyOf(coveredRules);
    }
}
