package studio.vive.messaging.consume;

/**
 * A record that can never be processed as it is: not JSON, not the expected shape, an unknown
 * {@code schemaVersion}, or values breaking the contract's constraints. It belongs on the
 * dead-letter topic.
 *
 * <p>The message is a reason safe to log and to put in the {@code vive-dlt-reason} header: it
 * names fields and constraints, never values from the payload.
 */
public class UnreadableEventException extends Exception {

    public UnreadableEventException(String reason) {
        super(reason);
    }
}
