package studio.vive.booking.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where availability learns which time is taken. Implemented by the booking package, which owns
 * the bookings, so availability does not depend on it (booking depends on availability's rules).
 */
public interface HeldTimes {

    /** Held time of {@code therapistIds} overlapping {@code [from, to)}, buffer included. */
    List<HeldTime> overlapping(Collection<String> therapistIds, Instant from, Instant to);
}
