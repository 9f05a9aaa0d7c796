package studio.vive.booking.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.HoldConflict;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/**
 * The admin moves a booking to a colleague ({@code POST /api/admin/bookings/{id}/reassign}).
 * Turns the database's verdicts into answers: another active booking in the colleague's time is a
 * 409, never a 5xx; a transaction aborted by a race is tried once more.
 */
@Singleton
public class Reassignments {

    private static final Logger LOG = LoggerFactory.getLogger(Reassignments.class);
    /** A reassignment aborted by a deadlock or serialization failure is tried this often. */
    private static final int ATTEMPTS = 2;

    private final Reassignment reassignment;
    private final Catalogue catalogue;

    Reassignments(Reassignment reassignment, Catalogue catalogue) {
        this.reassignment = reassignment;
        this.catalogue = catalogue;
    }

    /**
     * @throws InvalidRequestException 400 without a therapist, or with one the studio does not have
     * @throws ProblemException        404 for an unknown booking, 409 when it cannot move to them
     */
    public StaffBookingView reassign(UUID bookingId, @Nullable String therapistId, String staffUser) {
        Therapist therapist = therapist(therapistId);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return reassignment.reassign(bookingId, therapist, staffUser);
            } catch (DataAccessException failure) {
                HoldConflict conflict = HoldConflict.of(failure).orElseThrow(() -> failure);
                if (conflict == HoldConflict.SLOT_TAKEN) {
                    throw Reassignment.notFree(therapist.name() + " has another booking at that time.");
                }
                LOG.info("Reassignment of {} aborted by a concurrent transaction (attempt {})", bookingId, attempt);
            }
        }
        throw new ProblemException(ProblemType.CONCURRENT_CHANGE,
                "The booking or the therapist's day changed at the same moment. Please try again.");
    }

    private Therapist therapist(@Nullable String therapistId) {
        if (therapistId == null || therapistId.isBlank()) {
            throw invalid("is required: the id of the therapist to move the booking to");
        }
        return catalogue.therapist(therapistId).orElseThrow(() ->
                invalid("is not one of our therapists; see /api/admin/therapists"));
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new FieldError("therapistId", message)));
    }
}
