package studio.vive.messaging.consume;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A description of a failure that is safe to log and to put in a dead-letter header: exception
 * types, SQLStates and where the root cause was thrown, never exception messages (which can quote
 * payload values or database rows).
 */
final class FailureDescription {

    private FailureDescription() {
    }

    static String of(Throwable failure) {
        List<String> chain = new ArrayList<>();
        Throwable root = failure;
        for (Throwable cause = failure; cause != null && chain.size() < 10; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                name += " (SQLState " + sql.getSQLState() + ")";
            }
            chain.add(name);
            root = cause;
            if (cause.getCause() == cause) {
                break;
            }
        }
        StackTraceElement[] trace = root.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return String.join(" <- ", chain) + where;
    }
}
