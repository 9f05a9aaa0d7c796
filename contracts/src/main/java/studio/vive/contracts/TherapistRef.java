package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The therapist of a booking, with the address their notices go to. */
@Serdeable
public record TherapistRef(@NotBlank String id, @NotBlank String name, @NotBlank String email) {
}
