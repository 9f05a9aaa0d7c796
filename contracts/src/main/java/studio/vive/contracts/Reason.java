package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * Why a screening rule matched: its id (for staff) and a plain-language message (for the client).
 * Never contains the raw answers.
 */
@Serdeable
public record Reason(@NotBlank String ruleId, @NotBlank String message) {
}
