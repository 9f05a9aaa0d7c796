package studio.vive.booking.studio;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/** Replaces a therapist's weekly working hours as one change (validated, audited). */
@Singleton
class WeeklyHours {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyHours.class);

    private final StudioRecords.Therapists therapists;
    private final StudioRecords.Hours hours;
    private final AuditLog audit;

    WeeklyHours(StudioRecords.Therapists therapists, StudioRecords.Hours hours, AuditLog audit) {
        this.therapists = therapists;
        this.hours = hours;
        this.audit = audit;
    }

    /**
     * The therapist's new week, as stored.
     *
     * @throws ProblemException 404 for an unknown therapist, 400 naming each invalid interval
     */
    @Transactional
    List<WeeklyInterval> replace(String therapistId, List<WeeklyInterval> week, String staffUser) {
        List<WorkingHours> rows = WeekValidation.parse(therapistId, week);
        // locks the therapist's row, so two replacements of one week never interleave
        therapists.findByIdForUpdate(therapistId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No therapist with this id."));
        List<WeeklyInterval> before = hours.findByTherapist(therapistId).stream().map(WeeklyInterval::of).toList();
        hours.deleteByTherapist(therapistId);
        hours.saveAll(rows);
        List<WeeklyInterval> after = hours.findByTherapist(therapistId).stream().map(WeeklyInterval::of).toList();
        audit.record(staffUser, "working-hours.replaced", TherapistRoster.subject(therapistId), before, after);
        LOG.info("Working hours of {} replaced by {}", therapistId, staffUser);
        return after;
    }
}
