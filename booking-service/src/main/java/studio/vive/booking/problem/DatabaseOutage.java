package studio.vive.booking.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means "PostgreSQL cannot serve us now, try again shortly" (it cannot
 * be reached, or it ran out of disk, memory or connections), whichever layer reported it.
 */
final class DatabaseOutage {

    /** SQLState class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** SQLState 57P01-57P03: the server is shutting down, crashed, or not accepting connections yet. */
    private static final String OPERATOR_INTERVENTION = "57P";
    /** SQLState class 53: insufficient resources (53100 disk full, 53200 out of memory, 53300 too many connections). */
    private static final String INSUFFICIENT_RESOURCES = "53";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, is a lost or refused connection or an exhausted server. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof ConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith(CONNECTION_EXCEPTION)
                || sqlState.startsWith(OPERATOR_INTERVENTION) || sqlState.startsWith(INSUFFICIENT_RESOURCES));
    }
}
