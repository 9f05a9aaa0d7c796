package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class HoldConflictTest {

    @Test
    void anExclusionViolationMeansTheSlotIsTaken() {
        assertThat(HoldConflict.of(failure("23P01", "conflicting key value violates exclusion constraint")))
                .contains(HoldConflict.SLOT_TAKEN);
    }

    @Test
    void aDeadlockIsARaceToTryAgain() {
        assertThat(HoldConflict.of(failure("40P01", "deadlock detected"))).contains(HoldConflict.ABORTED_BY_RACE);
    }

    @Test
    void aSerializationFailureIsARaceToTryAgain() {
        assertThat(HoldConflict.of(failure("40001", "could not serialize access")))
                .contains(HoldConflict.ABORTED_BY_RACE);
    }

    @Test
    void aDuplicateIdempotencyKeyMeansAnotherRequestGotThereFirst() {
        assertThat(HoldConflict.of(failure("23505", "duplicate key value violates unique constraint "
                + "\"booking_idempotency_key_key\""))).contains(HoldConflict.IDEMPOTENCY_KEY_USED);
    }

    @Test
    void anyOtherFailureIsNoConflict() {
        assertThat(HoldConflict.of(failure("08006", "connection failure"))).isEmpty();
    }

    private static DataAccessException failure(String sqlState, String message) {
        return new DataAccessException("Error executing PERSIST", new SQLException(message, sqlState));
    }
}
