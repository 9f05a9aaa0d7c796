package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** Who to write to. Personal data: never logged (see {@link #toString()}). */
@Serdeable
public record Contact(@NotBlank String name, @NotBlank String email) {

    @Override
    public String toString() {
        return "Contact[redacted]";
    }
}
