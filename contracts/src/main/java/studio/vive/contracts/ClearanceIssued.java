package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An admin recorded a doctor's clearance on a referral: the client is emailed a personal link that
 * opens the booking page with the clearance code filled in. Carries no health information (neither
 * the condition nor the clinician's note), only who to write to, the link and until when it works.
 *
 * @param bookingId   the referred booking the clearance was recorded on
 * @param clearanceId the clearance (one email per clearance)
 * @param rebookUrl   the booking page with the clearance code (a secret, like a manage link)
 * @param validUntil  the last studio date an appointment may be on to be covered
 */
@Serdeable
public record ClearanceIssued(
        @NotNull UUID eventId,
        int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID bookingId,
        @NotNull UUID clearanceId,
        @NotNull @Valid Contact client,
        @NotBlank String rebookUrl,
        @NotNull LocalDate validUntil) implements BookingLifecycleEvent {

    public static final int SCHEMA_VERSION = 1;

    public static ClearanceIssued of(UUID bookingId, UUID clearanceId, Instant occurredAt, Contact client,
                                     String rebookUrl, LocalDate validUntil) {
        return new ClearanceIssued(UUID.randomUUID(), SCHEMA_VERSION, occurredAt, bookingId, clearanceId, client,
                rebookUrl, validUntil);
    }

    @Override
    public String toString() {
        return "ClearanceIssued[eventId=" + eventId + ", bookingId=" + bookingId + "]";
    }
}
