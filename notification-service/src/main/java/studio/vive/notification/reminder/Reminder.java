package studio.vive.notification.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The reminder of one booking: what it will say and when it is due. One row per booking, written
 * with the intake of its confirmation, so it survives restarts and outages.
 *
 * @param bookingId     the booking
 * @param eventId       the confirmation that scheduled it (the notification's cause)
 * @param status        where it stands
 * @param dueAt         when it is due; null when SKIPPED
 * @param clientName    personal data: never logged, erased by retention
 * @param clientEmail   personal data: never logged, erased by retention
 * @param serviceCode   the booked service
 * @param serviceName   the booked service, as clients read it
 * @param therapistId   the therapist's id
 * @param therapistName the therapist's name
 * @param startsAt      the appointment's start (moved by a reschedule)
 * @param endsAt        the appointment's end
 * @param timeZone      the studio's IANA zone
 * @param createdAt     when it was scheduled
 * @param updatedAt     when its status or time last changed
 * @param contactErasedAt when retention erased its contact data
 */
@MappedEntity("reminder")
public record Reminder(
        @Id UUID bookingId,
        UUID eventId,
        ReminderStatus status,
        @Nullable Instant dueAt,
        String clientName,
        String clientEmail,
        String serviceCode,
        String serviceName,
        String therapistId,
        String therapistName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timeZone,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant contactErasedAt) {

    @Override
    public String toString() {
        return "Reminder[bookingId=" + bookingId + ", status=" + status + ", dueAt=" + dueAt + "]";
    }
}
