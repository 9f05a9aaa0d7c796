package studio.vive.booking.referral;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.ClearanceGrant;

/**
 * Turns the {@code clearanceCode} of a booking request into the {@link ClearanceGrant} screening
 * gets. An unknown code, one whose {@code validUntil} has passed and another client's (email or
 * date of birth differ) are refused alike, so the answer does not tell which; an appointment after
 * {@code validUntil} is simply not covered.
 */
@Singleton
public class ClearanceRedemption {

    static final String FIELD = "clearanceCode";
    static final String REFUSAL = "is not a valid clearance code for you: unknown, expired or issued to someone else";

    private final DoctorClearanceRepository clearances;
    private final ClientBinding binding;
    private final StudioTime time;

    ClearanceRedemption(DoctorClearanceRepository clearances, ClientBinding binding, StudioTime time) {
        this.clearances = clearances;
        this.binding = binding;
        this.time = time;
    }

    /**
     * The grant for an appointment on {@code appointmentDate}; empty without a code or when the
     * appointment is after the clearance's {@code validUntil}.
     *
     * @throws InvalidRequestException naming {@code clearanceCode} when the code cannot be used
     */
    public Optional<ClearanceGrant> grantFor(@Nullable String code, String email, LocalDate dateOfBirth,
                                             LocalDate appointmentDate) {
        if (code == null) {
            return Optional.empty();
        }
        DoctorClearance clearance = clearances.findByCodeHash(ClearanceCodes.hash(code.strip()))
                .filter(found -> !found.validUntil().isBefore(time.today()))
                .filter(found -> ClientBinding.same(found.clientBinding(), binding.of(email, dateOfBirth)))
                .orElseThrow(() -> new InvalidRequestException(List.of(new FieldError(FIELD, REFUSAL))));
        if (appointmentDate.isAfter(clearance.validUntil())) {
            return Optional.empty();
        }
        return Optional.of(new ClearanceGrant(clearance.id(), clearance.clearedOn(), clearance.covers()));
    }

    /**
     * Issue 16: the grant a rescheduled booking keeps for its new date: the clearance it was
     * requested with, unless the new date is after the clearance's {@code validUntil}.
     */
    public Optional<ClearanceGrant> grantStillValidFor(UUID bookingId, LocalDate appointmentDate) {
        return clearances.findUsedBy(bookingId)
                .filter(clearance -> !appointmentDate.isAfter(clearance.validUntil()))
                .map(clearance -> new ClearanceGrant(clearance.id(), clearance.clearedOn(), clearance.covers()));
    }

    /** Records that {@code bookingId} was requested with {@code grant}; part of the hold's transaction. */
    public void used(UUID bookingId, ClearanceGrant grant) {
        clearances.recordUse(bookingId, grant.clearanceId());
    }
}
