package studio.vive.booking.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database failures mean "try again shortly" (503) rather than "the server broke" (500). */
class DatabaseOutageTest {

    @ParameterizedTest
    @ValueSource(strings = {"08006", "57P01", "53000", "53100", "53200", "53300", "53400"})
    void aLostConnectionOrExhaustedServerResourceIsAnOutage(String sqlState) {
        assertThat(DatabaseOutage.causedBy(new SQLException("failed", sqlState))).isTrue();
    }

    @Test
    void aFullDiskIsRecognisedBeneathTheDataLayersWrapping() {
        SQLException diskFull = new SQLException("could not extend file: No space left on device", "53100");

        assertThat(DatabaseOutage.causedBy(new DataAccessException("Error executing PERSIST", diskFull))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "22008", "42P01"})
    void aFailureOfTheStatementItselfIsNotAnOutage(String sqlState) {
        assertThat(DatabaseOutage.causedBy(new SQLException("failed", sqlState))).isFalse();
    }

    @Test
    void aFailureWithoutSqlStateIsNotAnOutage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("failed")))).isFalse();
    }
}
