package studio.vive.booking.recheck;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.Tier;

/** The studio dates on which bookings passed their pre-visit re-check, for the therapist's agenda. */
@Singleton
public class RecheckDates {

    private final RecheckRecords records;
    private final StudioTime time;

    RecheckDates(RecheckRecords records, StudioTime time) {
        this.records = records;
        this.time = time;
    }

    /** For each of {@code bookingIds} whose last re-check cleared it, the studio date it was decided. */
    public Map<UUID, LocalDate> clearedOn(Collection<UUID> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        return records.findByBookingIdIn(bookingIds).stream()
                .filter(record -> record.result() == Tier.CLEARED)
                .collect(Collectors.toMap(RecheckRecord::bookingId, record -> time.dateOf(record.recheckedAt())));
    }
}
