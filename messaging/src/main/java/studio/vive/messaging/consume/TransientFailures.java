package studio.vive.messaging.consume;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import jakarta.inject.Singleton;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.apache.kafka.common.errors.RetriableException;
import studio.vive.messaging.deadletter.DeadLetterException;

/**
 * Decides whether a failure is <b>transient</b> (the same record will succeed once the
 * infrastructure is back: retry, never skip) or <b>permanent</b> (retrying cannot help: a bug or
 * data the database refuses; bounded retries, then dead-letter).
 *
 * <p>Transient when the exception or any of its causes is:
 * <ul>
 *   <li>{@link SQLTransientException} (includes Hikari's "connection is not available", timeouts,
 *   transaction rollbacks) or {@link SQLRecoverableException};</li>
 *   <li>an {@link SQLException} whose SQLState is a connection exception ({@code 08xxx}), insufficient
 *   resources ({@code 53xxx}), operator intervention ({@code 57xxx}: shutdown, statement timeout),
 *   serialization failure ({@code 40001}), deadlock ({@code 40P01}) or lock not available
 *   ({@code 55P03});</li>
 *   <li>Micronaut's {@link ConnectionException} (a connection could not be opened, used or closed,
 *   e.g. a pooled connection that died with the server; not {@link NoConnectionException}, which
 *   is a bug) or {@link CannotCreateTransactionException};</li>
 *   <li>a socket error ({@link SocketException}, {@link SocketTimeoutException});</li>
 *   <li>a retriable Kafka error ({@link RetriableException}) or a failed dead-letter publish
 *   ({@link DeadLetterException}).</li>
 * </ul>
 * Everything else is permanent: constraint violations ({@code 23xxx}), data errors ({@code 22xxx}),
 * {@code NullPointerException}, {@code IllegalStateException}, ...
 */
@Singleton
public class TransientFailures {

    private static final List<String> TRANSIENT_SQL_STATE_CLASSES = List.of("08", "53", "57");
    private static final List<String> TRANSIENT_SQL_STATES = List.of("40001", "40P01", "55P03");

    /** Whether {@code failure} is worth retrying until it succeeds. */
    public boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof SocketException || failure instanceof SocketTimeoutException
                || failure instanceof RetriableException || failure instanceof DeadLetterException
                || failure instanceof CannotCreateTransactionException
                // NoConnectionException means code ran outside any connection context: a bug.
                || (failure instanceof ConnectionException && !(failure instanceof NoConnectionException))) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return TRANSIENT_SQL_STATES.contains(state)
                    || (state.length() >= 2 && TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2)));
        }
        return false;
    }
}
