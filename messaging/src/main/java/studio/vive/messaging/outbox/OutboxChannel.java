package studio.vive.messaging.outbox;

/** The PostgreSQL notification channel that wakes the relay when outbox rows commit. */
final class OutboxChannel {

    static final String NAME = "vive_outbox";
    static final String NOTIFY = "SELECT pg_notify('" + NAME + "', '')";
    static final String LISTEN = "LISTEN " + NAME;

    private OutboxChannel() {
    }
}
