package studio.vive.booking.timeoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.booking.TherapistDayLocks;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/** Whom time off applies to, and the locks on their days that changing it takes. */
@Singleton
class TimeOffScope {

    private final Catalogue catalogue;
    private final TherapistDayLocks locks;

    TimeOffScope(Catalogue catalogue, TherapistDayLocks locks) {
        this.catalogue = catalogue;
        this.locks = locks;
    }

    /**
     * Locks the days of {@code range} of everyone the time off applies to, in therapist id order
     * (the order every multi-therapist change takes them in, so none deadlock), and returns them.
     *
     * @param therapistId null for a studio closure: every active therapist (an inactive one takes no
     *                    new bookings, and their bookings are listed as conflicts already)
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<String> lockAll(@Nullable String therapistId, TimeRange range) {
        List<String> ids = therapistId == null
                ? catalogue.bookableTherapists().stream().map(Therapist::id).sorted().toList()
                : List.of(known(therapistId));
        for (String id : ids) {
            locks.lock(id, range.start(), range.end());
        }
        return ids;
    }

    private String known(String therapistId) {
        return catalogue.therapist(therapistId).map(Therapist::id).orElseThrow(() -> new InvalidRequestException(
                List.of(new FieldError("therapistId", "is not one of our therapists"))));
    }
}
