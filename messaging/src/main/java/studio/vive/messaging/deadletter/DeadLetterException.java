package studio.vive.messaging.deadletter;

/** A record could not be parked on its dead-letter topic (Kafka did not acknowledge it). Transient. */
public class DeadLetterException extends RuntimeException {

    DeadLetterException(String origin, Throwable cause) {
        super("cannot dead-letter " + origin + " (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
