package studio.vive.messaging.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures are retried until they succeed (transient) and which end on the dead-letter topic. */
class TransientFailuresTest {

    private final TransientFailures failures = new TransientFailures();

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("pool timeout while the database is down",
                        new DataAccessException("x", new SQLTransientConnectionException("no connection")), true),
                Arguments.of("connection refused (SQLState 08001)",
                        new CannotCreateTransactionException("x", new SQLException("refused", "08001")), true),
                Arguments.of("connection lost mid-transaction (SQLState 08006)",
                        new DataAccessException("x", new SQLException("I/O error", "08006")), true),
                Arguments.of("a pooled connection closed under the handler (no SQLState)",
                        new ConnectionException("x", new SQLException("Connection is closed")), true),
                Arguments.of("server shutting down (SQLState 57P01)", new SQLException("terminating", "57P01"), true),
                Arguments.of("serialization failure (SQLState 40001)", new SQLException("retry", "40001"), true),
                Arguments.of("deadlock (SQLState 40P01)", new SQLException("deadlock", "40P01"), true),
                Arguments.of("too many connections (SQLState 53300)", new SQLException("full", "53300"), true),
                Arguments.of("socket refused", new IllegalStateException(new ConnectException("refused")), true),
                Arguments.of("Kafka timeout", new TimeoutException("metadata"), true),
                Arguments.of("Kafka retriable error", new NotEnoughReplicasException("isr"), true),
                Arguments.of("unique violation (SQLState 23505)",
                        new DataAccessException("x", new SQLException("duplicate", "23505")), false),
                Arguments.of("check violation (SQLState 23514)", new SQLException("check", "23514"), false),
                Arguments.of("value too long (SQLState 22001)", new SQLException("too long", "22001"), false),
                Arguments.of("SQL error without SQLState", new SQLException("odd"), false),
                Arguments.of("a bug", new NullPointerException(), false),
                Arguments.of("database code run outside any transaction (a bug)", new NoConnectionException(), false),
                Arguments.of("a broken invariant", new IllegalStateException("no rule set"), false));
    }

    @ParameterizedTest(name = "{0}: transient = {2}")
    @MethodSource("failures")
    void classifies(String what, Throwable failure, boolean expectedTransient) {
        assertEquals(expectedTransient, failures.isTransient(failure));
    }
}
