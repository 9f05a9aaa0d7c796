package studio.vive.booking.studio;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import studio.vive.booking.time.StudioTime;

/**
 * Unresolved conflicts: upcoming pending or confirmed bookings whose therapist is inactive, on
 * time off or the studio closed. They stay listed until the admin cancels (or moves) them.
 */
@Singleton
public class Conflicts {

    private final ConflictRepository bookings;
    private final StudioAdminSettings settings;
    private final StudioTime time;

    Conflicts(ConflictRepository bookings, StudioAdminSettings settings, StudioTime time) {
        this.bookings = bookings;
        this.settings = settings;
        this.time = time;
    }

    /** Soonest first, at most the configured number. */
    @Transactional(readOnly = true)
    public List<StaffBookingView> unresolved() {
        return bookings.findUnresolved(time.now(), settings.conflictLimit()).stream()
                .map(b -> StaffBookingView.of(b, time)).toList();
    }
}
