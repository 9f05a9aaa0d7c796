package studio.vive.booking.booking;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import studio.vive.contracts.ScreeningAnswers;

/**
 * A client's request for an appointment, as the API and the booking page submit it.
 *
 * @param therapistId null means any therapist who is free
 * @param consent       the client agrees to the screening and to the studio keeping their details
 * @param clearanceCode optional: the doctor's clearance code of the client's re-book link (issue 15)
 */
@Introspected
public record BookingRequest(
        @NotNull @Valid ClientDetails client,
        @NotBlank @Size(max = 40) String serviceCode,
        @Nullable @Size(max = 40) String therapistId,
        @NotNull OffsetDateTime startsAt,
        @NotNull @Valid ScreeningAnswers screening,
        @NotNull @AssertTrue(message = "must be true: we need your consent to screen your answers") Boolean consent,
        @Nullable @Size(max = 100) String clearanceCode) {

    /** A request without a clearance code. */
    public BookingRequest(ClientDetails client, String serviceCode, String therapistId, OffsetDateTime startsAt,
                          ScreeningAnswers screening, Boolean consent) {
        this(client, serviceCode, therapistId, startsAt, screening, consent, null);
    }

    @Override
    public String toString() {
        return "BookingRequest[serviceCode=" + serviceCode + ", therapistId=" + therapistId + "]";
    }
}
