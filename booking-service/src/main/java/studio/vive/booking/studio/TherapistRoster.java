package studio.vive.booking.studio;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.studio.TherapistForms.NewTherapist;
import studio.vive.booking.studio.TherapistForms.TherapistChanges;

/**
 * The admin's therapists: add, edit, deactivate. A deactivated therapist is no longer offered
 * (the catalogue serves active therapists only); their bookings stand and are listed to resolve.
 */
@Singleton
class TherapistRoster {

    private static final Logger LOG = LoggerFactory.getLogger(TherapistRoster.class);

    private final StudioRecords.Therapists therapists;
    private final StudioRecords.Hours hours;
    private final AffectedBookings affected;
    private final AuditLog audit;

    TherapistRoster(StudioRecords.Therapists therapists, StudioRecords.Hours hours, AffectedBookings affected,
                    AuditLog audit) {
        this.therapists = therapists;
        this.hours = hours;
        this.affected = affected;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<TherapistAdminView> all() {
        Map<String, List<WeeklyInterval>> week = hours.findAll().stream().collect(Collectors.groupingBy(
                WorkingHours::therapistId, Collectors.mapping(WeeklyInterval::of, Collectors.toList())));
        return therapists.findAllOrderById().stream()
                .map(t -> TherapistAdminView.of(t, week.getOrDefault(t.id(), List.of()), List.of()))
                .toList();
    }

    /** @throws ProblemException 409 when the id or email is taken */
    @Transactional
    TherapistAdminView add(NewTherapist form, String staffUser) {
        form.validate();
        if (therapists.existsById(form.id())) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "A therapist with this id already exists.");
        }
        refuseTakenEmail(form.email());
        Therapist therapist = therapists.save(new Therapist(form.id(), form.name(), form.email(), form.bio(), true));
        audit.record(staffUser, "therapist.added", subject(therapist.id()), null, TherapistAdminView.audited(therapist));
        LOG.info("Therapist {} added by {}", therapist.id(), staffUser);
        return TherapistAdminView.of(therapist, List.of(), List.of());
    }

    /** @throws ProblemException 404 for an unknown therapist, 409 when the email is another's */
    @Transactional
    TherapistAdminView change(String id, TherapistChanges changes, String staffUser) {
        changes.validate();
        Therapist before = therapists.findByIdForUpdate(id).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No therapist with this id."));
        if (changes.email() != null && !changes.email().equalsIgnoreCase(before.email())) {
            refuseTakenEmail(changes.email());
        }
        Therapist after = new Therapist(id, Objects.requireNonNullElse(changes.name(), before.name()),
                Objects.requireNonNullElse(changes.email(), before.email()),
                Objects.requireNonNullElse(changes.bio(), before.bio()),
                Objects.requireNonNullElse(changes.active(), before.active()));
        therapists.update(after);
        audit.record(staffUser, after.active() == before.active() ? "therapist.changed"
                        : after.active() ? "therapist.reactivated" : "therapist.deactivated",
                subject(id), TherapistAdminView.audited(before), TherapistAdminView.audited(after));
        LOG.info("Therapist {} changed by {}", id, staffUser);
        List<WeeklyInterval> week = hours.findByTherapist(id).stream().map(WeeklyInterval::of).toList();
        return TherapistAdminView.of(after, week, after.active() ? List.of() : affected.upcoming(id));
    }

    private void refuseTakenEmail(String email) {
        if (therapists.existsByEmail(email)) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "Another therapist has this email address.");
        }
    }

    static String subject(String therapistId) {
        return "therapist:" + therapistId;
    }
}
