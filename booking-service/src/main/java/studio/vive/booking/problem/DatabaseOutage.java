package studio.vive.booking.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Recognises a failure that means "PostgreSQL cannot be reached", whichever layer reported it. */
final class DatabaseOutage {

    /** SQLState class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** SQLState 57P01-57P03: the server is shutting down, crashed, or not accepting connections yet. */
    private static final String OPERATOR_INTERVENTION = "57P";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, is a lost or refused database connection. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof ConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || sql.getSQLState().startsWith(OPERATOR_INTERVENTION))) {
                return true;
            }
        }
        return false;
    }
}
