package studio.vive.booking.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LostRaceTest {

    @Test
    void aDeadlockPostgresqlBrokeIsALostRace() {
        assertThat(LostRace.causedBy(new SQLException("deadlock detected", "40P01"))).isTrue();
    }

    @Test
    void aSerializationFailureIsALostRace() {
        assertThat(LostRace.causedBy(new SQLException("could not serialize access", "40001"))).isTrue();
    }

    @Test
    void theRaceIsFoundBehindTheDataLayersWrapping() {
        assertThat(LostRace.causedBy(new DataAccessException("Error executing PERSIST",
                new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void aConstraintViolationIsNotOne() {
        assertThat(LostRace.causedBy(new SQLException("conflicting key value", "23P01"))).isFalse();
    }

    @Test
    void aFailureWithoutAnSqlCauseIsNotOne() {
        assertThat(LostRace.causedBy(new IllegalStateException("boom"))).isFalse();
    }
}
