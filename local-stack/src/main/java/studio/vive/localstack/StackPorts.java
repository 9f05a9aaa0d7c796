package studio.vive.localstack;

/** The fixed ports of the local stack, as documented in CONTRIBUTING.md and the README. */
final class StackPorts {

    static final int KAFKA = 9092;
    /** KRaft controller listener; the embedded Kafka puts it next to the client port. */
    static final int KAFKA_CONTROLLER = KAFKA + 1;
    static final int POSTGRES = 5432;
    static final int SMTP = 3025;
    static final int IMAP = 3143;
    static final int MAILBOX_PAGE = 8025;
    static final int BOOKING = 8080;
    static final int SCREENING = 8081;
    static final int NOTIFICATION = 8082;

    private StackPorts() {
    }
}
