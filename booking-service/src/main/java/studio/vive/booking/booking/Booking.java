package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.Contact;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/**
 * A client's booking. Holds contact details (personal data: {@link #toString()} redacts them) and
 * the client's stated cause for the therapist, never the screening answers.
 *
 * @param blockedUntil end of the appointment plus the therapist's buffer: the held time ends here
 */
@MappedEntity("booking")
public record Booking(
        @Id UUID id,
        BookingStatus status,
        String serviceCode,
        String therapistId,
        Instant startsAt,
        Instant endsAt,
        Instant blockedUntil,
        String clientName,
        String clientEmail,
        String clientPhone,
        LocalDate clientDateOfBirth,
        PainCause cause,
        UUID requestEventId,
        @Nullable String idempotencyKey,
        @Nullable String requestFingerprint,
        @Nullable Tier outcomeTier,
        @Nullable @MappedProperty(converter = ReasonsConverter.class) List<Reason> outcomeReasons,
        @Nullable String outcomeRuleSet,
        @Nullable Instant outcomeDecidedAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant cancelledAt,
        @Nullable Instant followedUpAt,
        @Nullable String followedUpBy) {

    public Contact contact() {
        return new Contact(clientName, clientEmail);
    }

    public boolean isReferral() {
        return outcomeTier != null && outcomeTier != Tier.CLEARED;
    }

    @Override
    public String toString() {
        return "Booking[id=" + id + ", status=" + status + ", therapistId=" + therapistId + "]";
    }
}
