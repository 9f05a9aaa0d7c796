package studio.vive.booking.problem;

import java.sql.SQLException;

/**
 * Recognises a transaction PostgreSQL aborted because it raced another one: a deadlock it broke
 * ({@code 40P01}) or a serialization failure ({@code 40001}). The transaction rolled back and
 * changed nothing; trying again is safe. Never a server fault, so never a 5xx.
 */
public final class LostRace {

    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    private LostRace() {
    }

    /** Whether {@code failure}, or anything that caused it, is a transaction aborted by a race. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (DEADLOCK_DETECTED.equals(sql.getSQLState()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
