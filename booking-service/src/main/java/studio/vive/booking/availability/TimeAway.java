package studio.vive.booking.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Time a therapist does not work although their weekly hours say they do: their time off and
 * studio closures (issue 14). Implemented by the time-off package, so availability does not
 * depend on it.
 */
public interface TimeAway {

    /** Why a time in time off is refused, like a time outside working hours. */
    String NOT_WORKING = "The therapist is not working at that time (time off or a studio closure). "
            + "Please choose a time from the availability list.";

    /** Time away of {@code therapistIds} overlapping {@code [from, to)}, one entry per therapist it applies to. */
    List<HeldTime> overlapping(Collection<String> therapistIds, Instant from, Instant to);
}
