package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * What was booked, when and with whom. Times carry the studio's offset; {@code timeZone} is the
 * studio's IANA zone id, so calendar invites can name it.
 */
@Serdeable
public record Appointment(
        @NotBlank String serviceCode,
        @NotBlank String serviceName,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank String timeZone,
        @NotNull @Valid TherapistRef therapist) {
}
