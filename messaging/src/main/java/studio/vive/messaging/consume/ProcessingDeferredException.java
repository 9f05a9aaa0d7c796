package studio.vive.messaging.consume;

/**
 * A record was not processed yet because the infrastructure is still down (or the consumer is
 * stopping). Thrown out of the listener on purpose: its offset must not be committed, and the
 * listener's {@code RETRY_ON_ERROR} error strategy seeks back and processes it again after
 * polling (which keeps the consumer in its group). Never a reason to skip the record.
 *
 * <p>Carries a safe description of the last failure instead of the failure itself, so the
 * listener's error log cannot print a message that quotes data.
 */
public class ProcessingDeferredException extends RuntimeException {

    public ProcessingDeferredException(String message) {
        super(message);
    }
}
