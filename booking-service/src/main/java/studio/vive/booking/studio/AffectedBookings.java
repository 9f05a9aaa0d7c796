package studio.vive.booking.studio;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.time.StudioTime;

/**
 * The pending and confirmed bookings a change touches. Listed, never cancelled: the admin decides
 * what happens to each (issue 14).
 */
@Singleton
public class AffectedBookings {

    private final BookingRepository bookings;
    private final StudioTime time;
    private final StudioAdminSettings settings;

    AffectedBookings(BookingRepository bookings, StudioTime time, StudioAdminSettings settings) {
        this.bookings = bookings;
        this.time = time;
        this.settings = settings;
    }

    /** Active bookings of {@code therapistIds} whose appointment overlaps {@code range}, soonest first. */
    public List<AffectedBooking> during(Collection<String> therapistIds, TimeRange range) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        // the repository matches held time (buffer included); only the appointment itself counts
        return bookings.findActiveOverlapping(therapistIds, range.start(), range.end()).stream()
                .filter(b -> b.startsAt().isBefore(range.end()) && b.endsAt().isAfter(range.start()))
                .sorted(java.util.Comparator.comparing(Booking::startsAt))
                .map(this::view)
                .toList();
    }

    /** Active bookings of {@code therapistId} from now on (within the configured look-ahead). */
    public List<AffectedBooking> upcoming(String therapistId) {
        Instant now = time.now();
        return during(List.of(therapistId), new TimeRange(now, now.plus(settings.conflictLookahead())));
    }

    public AffectedBooking view(Booking b) {
        return new AffectedBooking(b.id(), b.therapistId(), time.local(b.startsAt()), time.local(b.endsAt()));
    }
}
