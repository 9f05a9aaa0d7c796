package studio.vive.booking.booking;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import studio.vive.booking.time.StudioTime;

/**
 * Serialises every change to one therapist's day: a transaction that is about to hold (or free)
 * time of a therapist first takes a transaction-scoped advisory lock on each studio date the time
 * touches, in date order.
 *
 * <p>Why: the {@code booking_slot_taken} exclusion constraint decides races, but two transactions
 * inserting conflicting rows at the same moment each find the other's uncommitted row and wait for
 * it, and PostgreSQL breaks that cycle by aborting one with a deadlock ({@code 40P01}). With the
 * lock, conflicting holds queue instead of crossing: the second one inserts only after the first
 * committed or rolled back, and then meets a plain exclusion violation ({@code 23P01}), a lost
 * race. Deadlock-free by construction: every transaction takes its locks in one global order
 * (therapist's dates ascending) and a hold attempt takes one therapist's locks only.
 *
 * <p>The two-key form of the lock keeps these keys apart from the outbox relay's single-key lock.
 */
@Singleton
public class TherapistDayLocks {

    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('vive.therapist-day'), hashtext(?))";

    private final JdbcOperations jdbc;
    private final StudioTime time;

    TherapistDayLocks(JdbcOperations jdbc, StudioTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /**
     * Locks {@code therapistId}'s studio dates from {@code from} to {@code until} (inclusive of
     * the date {@code until} falls on) until the current transaction ends.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lock(String therapistId, Instant from, Instant until) {
        LocalDate last = time.dateOf(until);
        for (LocalDate date = time.dateOf(from); !date.isAfter(last); date = date.plusDays(1)) {
            lockDay(therapistId + "/" + date);
        }
    }

    private void lockDay(String key) {
        jdbc.prepareStatement(LOCK, statement -> {
            try {
                statement.setString(1, key);
                return statement.execute();
            } catch (SQLException e) {
                throw new DataAccessException("Could not lock the therapist's day " + key, e);
            }
        });
    }
}
