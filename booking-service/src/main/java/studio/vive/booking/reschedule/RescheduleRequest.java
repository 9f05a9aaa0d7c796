package studio.vive.booking.reschedule;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import studio.vive.contracts.ScreeningAnswers;

/**
 * A client's move of their booking ({@code POST /api/bookings/{id}/reschedule}).
 *
 * @param therapistId null: the booking's therapist if free then, otherwise any therapist who is
 * @param screening   the screening answers given again; required only once screening-service has
 *                    deleted the first ones (the retention period), ignored before
 */
@Introspected
public record RescheduleRequest(
        @NotNull OffsetDateTime startsAt,
        @Nullable @Size(max = 40) String therapistId,
        @Nullable @Valid ScreeningAnswers screening) {

    @Override
    public String toString() {
        return "RescheduleRequest[startsAt=" + startsAt + ", therapistId=" + therapistId + "]";
    }
}
