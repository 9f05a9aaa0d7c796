package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import studio.vive.contracts.PainCause;

/**
 * A confirmed appointment on a therapist's agenda: what they need to prepare, the client's name
 * and the cause the client gave. No contact details beyond the name, no screening answers.
 *
 * @param clearedByDoctor a doctor's clearance covered a red flag of this booking (issue 15); which
 *                        one, the therapist is not told
 * @param recheckedOn the studio date the client's pre-visit re-check cleared the booking, or null
 */
@Serdeable
public record AgendaEntry(
        UUID bookingId,
        String serviceCode,
        String serviceName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String clientName,
        PainCause cause,
        boolean clearedByDoctor,
        @Nullable LocalDate recheckedOn) {

    @Override
    public String toString() {
        return "AgendaEntry[bookingId=" + bookingId + "]";
    }
}
