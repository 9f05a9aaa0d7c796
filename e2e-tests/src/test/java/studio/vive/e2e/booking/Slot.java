package studio.vive.e2e.booking;

import java.time.OffsetDateTime;

/**
 * A free appointment slot as the availability API offers it.
 *
 * @param therapistId the therapist
 * @param startsAt start, in the studio's time zone with offset
 * @param endsAt end, likewise
 */
public record Slot(String therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {

    boolean overlaps(Slot other, java.time.Duration margin) {
        return therapistId.equals(other.therapistId)
                && startsAt.isBefore(other.endsAt.plus(margin))
                && other.startsAt.isBefore(endsAt.plus(margin));
    }
}
