package studio.vive.booking.stranded;

/** Why a booking is still waiting for screening, as far as booking-service can tell. */
public enum StrandedReason {

    /** Its request is still in the outbox: Kafka has not accepted it (the relay retries). */
    REQUEST_NOT_PUBLISHED("The screening request is still waiting in the outbox: Kafka has not accepted it yet."),

    /** Its request was published but no outcome came back: the request or the outcome was dead-lettered. */
    NO_OUTCOME("The screening request was sent but no outcome came back: the request or its outcome was "
            + "most likely dead-lettered.");

    private final String explanation;

    StrandedReason(String explanation) {
        this.explanation = explanation;
    }

    /** The reason in words, for admins. */
    public String explanation() {
        return explanation;
    }
}
