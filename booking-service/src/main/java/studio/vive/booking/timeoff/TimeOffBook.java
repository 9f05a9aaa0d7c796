package studio.vive.booking.timeoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.studio.AffectedBookings;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffAdded;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffView;

/**
 * Adds, lists and removes time off and closures. Adding or removing takes the therapist-day
 * locks a booking hold takes (every therapist's, in id order, for a closure), so a booking and
 * time off for the same time run one after the other: the booking is refused, or it is listed
 * among the time off's affected bookings. Never cancels a booking.
 */
@Singleton
public class TimeOffBook {

    private static final Logger LOG = LoggerFactory.getLogger(TimeOffBook.class);

    private final TimeOffRepository timeOff;
    private final TimeOffScope scope;
    private final AffectedBookings affected;
    private final AuditLog audit;
    private final StudioTime time;

    TimeOffBook(TimeOffRepository timeOff, TimeOffScope scope, AffectedBookings affected, AuditLog audit,
                StudioTime time) {
        this.timeOff = timeOff;
        this.scope = scope;
        this.affected = affected;
        this.audit = audit;
        this.time = time;
    }

    /** Adds validated time off; {@code therapistId} null closes the studio. */
    @Transactional
    public TimeOffAdded add(@Nullable String therapistId, TimeRange range, String reason, String staffUser) {
        List<String> therapists = scope.lockAll(therapistId, range);
        TimeOff off = timeOff.save(new TimeOff(UUID.randomUUID(), therapistId, range.start(), range.end(), reason,
                staffUser, time.now()));
        audit.record(staffUser, off.isClosure() ? "studio-closure.added" : "time-off.added", subject(off), null,
                view(off));
        LOG.info("Time off {} added by {}", off.id(), staffUser);
        return new TimeOffAdded(off.id(), therapistId, time.local(range.start()), time.local(range.end()), reason,
                affected.during(therapists, range));
    }

    /**
     * Removes time off.
     *
     * @param owner the therapist who must own it, or null for an admin (anyone's, closures too)
     * @throws ProblemException 404 when there is none with this id (for {@code owner})
     */
    @Transactional
    public void remove(UUID id, @Nullable String owner, String staffUser) {
        TimeOff off = timeOff.findById(id).filter(o -> owner == null || owner.equals(o.therapistId()))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No time off with this id."));
        scope.lockAll(off.therapistId(), new TimeRange(off.startsAt(), off.endsAt()));
        timeOff.deleteById(id);
        audit.record(staffUser, off.isClosure() ? "studio-closure.removed" : "time-off.removed", subject(off),
                view(off), null);
        LOG.info("Time off {} removed by {}", id, staffUser);
    }

    /** Time off overlapping {@code period}: everyone's (owner null) or one therapist's own. */
    @Transactional(readOnly = true)
    public List<TimeOffView> list(TimeRange period, @Nullable String owner) {
        List<TimeOff> found = owner == null ? timeOff.findOverlapping(period.start(), period.end())
                : timeOff.findOwnOverlapping(owner, period.start(), period.end());
        return found.stream().map(this::view).toList();
    }

    TimeOffView view(TimeOff off) {
        return new TimeOffView(off.id(), off.therapistId(), time.local(off.startsAt()), time.local(off.endsAt()),
                off.reason(), off.createdBy());
    }

    private static String subject(TimeOff off) {
        return "time-off:" + off.id();
    }
}
