package studio.vive.booking.timeoff;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import studio.vive.booking.availability.HeldTime;
import studio.vive.booking.availability.TimeAway;
import studio.vive.booking.availability.TimeRange;

/**
 * Time off and closures as availability and the booking hold see them. Not transactional itself:
 * inside the hold it reads in the hold's transaction, after the day locks.
 */
@Singleton
class TimeOffCalendar implements TimeAway {

    private final TimeOffRepository timeOff;

    TimeOffCalendar(TimeOffRepository timeOff) {
        this.timeOff = timeOff;
    }

    @Override
    public List<HeldTime> overlapping(Collection<String> therapistIds, Instant from, Instant to) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        List<HeldTime> away = new ArrayList<>();
        for (TimeOff off : timeOff.findApplyingTo(therapistIds, from, to)) {
            TimeRange range = new TimeRange(off.startsAt(), off.endsAt());
            for (String id : therapistIds) {
                if (off.isClosure() || off.therapistId().equals(id)) {
                    away.add(new HeldTime(id, range));
                }
            }
        }
        return away;
    }
}
