package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A rule that matched but did not refer because a doctor's clearance covered it: "cleared by
 * doctor on {@code clearedOn}". The rule id only, never the plain-language message.
 */
@Serdeable
public record ClearedRule(@NotBlank String ruleId, @NotNull LocalDate clearedOn) {
}
