package studio.vive.messaging.consume;

/**
 * Thrown by a handler that read an event fine but finds it can never be processed, because it
 * breaks a rule of the consumer's domain (e.g. an appointment dated before the client's birth).
 * {@link InboundEvents} dead-letters the record at once with this message as the reason, so the
 * message must be safe to log: name the problem, never quote values.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
