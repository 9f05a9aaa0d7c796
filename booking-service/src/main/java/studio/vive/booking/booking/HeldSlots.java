package studio.vive.booking.booking;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import studio.vive.booking.availability.HeldTime;
import studio.vive.booking.availability.HeldTimes;
import studio.vive.booking.availability.TimeRange;

/** The time active bookings hold (buffer included), for availability. */
@Singleton
class HeldSlots implements HeldTimes {

    private final BookingRepository bookings;

    HeldSlots(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldTime> overlapping(Collection<String> therapistIds, Instant from, Instant to) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        return bookings.findActiveOverlapping(therapistIds, from, to).stream()
                .map(b -> new HeldTime(b.therapistId(), new TimeRange(b.startsAt(), b.blockedUntil())))
                .toList();
    }
}
