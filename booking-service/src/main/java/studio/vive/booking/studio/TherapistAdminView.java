package studio.vive.booking.studio;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import studio.vive.booking.catalogue.Therapist;

/**
 * A therapist as the admin sees it (email included, active or not).
 *
 * @param affectedBookings for a deactivated therapist, their bookings still to resolve; otherwise empty
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TherapistAdminView(String id, String name, String bio, String email, boolean active,
                                 List<WeeklyInterval> workingHours,
                                 @Nullable List<AffectedBooking> affectedBookings) {

    static TherapistAdminView of(Therapist t, List<WeeklyInterval> hours, List<AffectedBooking> affected) {
        return new TherapistAdminView(t.id(), t.name(), t.bio(), t.email(), t.active(), hours, affected);
    }

    /** What the audit log keeps: the therapist's own fields. */
    static Audited audited(Therapist t) {
        return new Audited(t.id(), t.name(), t.bio(), t.email(), t.active());
    }

    @Serdeable
    record Audited(String id, String name, String bio, String email, boolean active) {
    }
}
