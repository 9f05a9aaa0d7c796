package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import java.time.Instant;
import java.util.UUID;
import studio.vive.contracts.Contact;
import studio.vive.contracts.PainCause;

/**
 * A client's booking. Holds contact details (personal data: {@link #toString()} redacts them) and
 * the client's stated cause for the therapist, never the screening answers. Built with
 * {@link #pending}; later changes are explicit statements of {@link BookingRepository}.
 *
 * @param blockedUntil       end of the appointment plus the therapist's buffer: the held time ends here
 * @param idempotencyKey     the client's Idempotency-Key, if they sent one
 * @param requestFingerprint keyed hash of the request, to refuse a reused key with another body
 * @param client             null once the retention sweep erased a referred client's details
 * @param outcome            null until screening decided
 * @param followedUp         null until staff followed a referral up
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
        @Nullable @Relation(Relation.Kind.EMBEDDED) BookingClient client,
        PainCause cause,
        UUID requestEventId,
        @Nullable String idempotencyKey,
        @Nullable String requestFingerprint,
        @Nullable @Relation(Relation.Kind.EMBEDDED) BookingOutcome outcome,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant cancelledAt,
        @Nullable @Relation(Relation.Kind.EMBEDDED) FollowUp followedUp) {

    /** When the appointment is and how long it holds the therapist. */
    public record Times(Instant startsAt, Instant endsAt, Instant blockedUntil) {
    }

    /**
     * The request a booking was created by.
     *
     * @param eventId the id of its {@code BookingRequested} event, which screening answers
     */
    public record Origin(UUID eventId, @Nullable String idempotencyKey, @Nullable String fingerprint) {
    }

    /** A new booking holding its slot until screening decides. */
    public static Booking pending(UUID id, String serviceCode, String therapistId, Times times, BookingClient client,
                                  PainCause cause, Origin origin, Instant now) {
        return new Booking(id, BookingStatus.PENDING_SCREENING, serviceCode, therapistId,
                times.startsAt(), times.endsAt(), times.blockedUntil(), client, cause,
                origin.eventId(), origin.idempotencyKey(), origin.fingerprint(), null, now, now, null, null);
    }

    /** This booking with another therapist and time (e.g. as it was before a move); nothing is stored. */
    public Booking withAppointment(String otherTherapistId, Times times) {
        return new Booking(id, status, serviceCode, otherTherapistId, times.startsAt(), times.endsAt(),
                times.blockedUntil(), client, cause, requestEventId, idempotencyKey, requestFingerprint, outcome,
                createdAt, updatedAt, cancelledAt, followedUp);
    }

    public Contact contact() {
        return client.contact();
    }

    /** Whether screening decided this booking already. */
    public boolean isDecided() {
        return outcome != null;
    }

    public boolean isReferral() {
        return outcome != null && outcome.isReferral();
    }

    @Override
    public String toString() {
        return "Booking[id=" + id + ", status=" + status + ", therapistId=" + therapistId + "]";
    }
}
