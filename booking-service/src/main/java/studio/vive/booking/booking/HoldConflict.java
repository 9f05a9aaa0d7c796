package studio.vive.booking.booking;

import java.sql.SQLException;
import java.util.Optional;
import studio.vive.booking.problem.LostRace;

/** Which uniqueness rule of the booking table a failed insert or update broke, if any. */
public enum HoldConflict {
    /** The exclusion constraint: the therapist's time is held by another active booking. */
    SLOT_TAKEN,
    /** Another request with the same Idempotency-Key got there first. */
    IDEMPOTENCY_KEY_USED,
    /**
     * PostgreSQL aborted the transaction to break a deadlock or a serialization conflict: a race
     * was lost without telling whether the slot is free. {@link TherapistDayLocks} makes holds
     * deadlock-free, so this is the safety net for anything else that locks the same rows.
     */
    ABORTED_BY_RACE;

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String IDEMPOTENCY_CONSTRAINT = "booking_idempotency_key_key";

    public static Optional<HoldConflict> of(Throwable failure) {
        if (LostRace.causedBy(failure)) {
            return Optional.of(ABORTED_BY_RACE);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                    return Optional.of(SLOT_TAKEN);
                }
                if (UNIQUE_VIOLATION.equals(sql.getSQLState()) && mentions(sql, IDEMPOTENCY_CONSTRAINT)) {
                    return Optional.of(IDEMPOTENCY_KEY_USED);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(SQLException sql, String constraint) {
        if (sql instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            return constraint.equals(psql.getServerErrorMessage().getConstraint());
        }
        return sql.getMessage() != null && sql.getMessage().contains(constraint);
    }
}
