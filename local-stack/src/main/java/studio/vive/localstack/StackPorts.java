package studio.vive.localstack;

/**
 * The fixed ports of the local stack, as documented in CONTRIBUTING.md and the README, each shifted
 * by {@link LocalStack#portOffset()} (0 unless {@code -Dvive.port-offset} says otherwise, so a second
 * stack, e.g. the benchmark's smoke test, can run beside {@code ./run-local}).
 */
final class StackPorts {

    static final int KAFKA = 9092 + LocalStack.portOffset();
    /** KRaft controller listener; the embedded Kafka puts it next to the client port. */
    static final int KAFKA_CONTROLLER = KAFKA + 1;
    static final int POSTGRES = 5432 + LocalStack.portOffset();
    static final int SMTP = 3025 + LocalStack.portOffset();
    static final int IMAP = 3143 + LocalStack.portOffset();
    static final int MAILBOX_PAGE = 8025 + LocalStack.portOffset();
    static final int BOOKING = 8080 + LocalStack.portOffset();
    static final int SCREENING = 8081 + LocalStack.portOffset();
    static final int NOTIFICATION = 8082 + LocalStack.portOffset();

    private StackPorts() {
    }
}
