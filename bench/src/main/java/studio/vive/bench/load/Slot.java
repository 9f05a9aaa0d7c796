package studio.vive.bench.load;

import java.time.OffsetDateTime;

/**
 * A free appointment booking-service offered: one therapist, one time.
 *
 * @param therapistId who
 * @param startsAt    when, in the studio's zone with offset, as the availability API gave it
 * @param endsAt      end of the appointment
 */
public record Slot(String therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {

    boolean overlaps(Slot other) {
        return therapistId.equals(other.therapistId)
                && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
