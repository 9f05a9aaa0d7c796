package studio.vive.contracts;

/**
 * The one place that names every Kafka topic and header of the platform.
 *
 * <p>Every event is keyed by its booking id (as a string), so all events of one booking land on
 * the same partition and are consumed in the order they were produced. Topic names carry the
 * major schema version: an incompatible change gets a new topic, never a silent reinterpretation.
 */
public final class Topics {

    /** {@link BookingRequested}: booking-service to screening-service only (carries health answers). */
    public static final String BOOKING_REQUESTED = "vive.booking-requested.v1";

    /** {@link ScreeningOutcome}s: screening-service to booking-service (no contact details, no answers). */
    public static final String SCREENING_OUTCOMES = "vive.screening-outcomes.v1";

    /** {@link BookingLifecycleEvent}s: booking-service to notification-service (contact details, no answers). */
    public static final String BOOKING_LIFECYCLE = "vive.booking-lifecycle.v1";

    /** Dead-letter topics: a record that cannot be processed, unchanged, with the reason in headers. */
    public static final String BOOKING_REQUESTED_DLT = BOOKING_REQUESTED + ".dlt";
    public static final String SCREENING_OUTCOMES_DLT = SCREENING_OUTCOMES + ".dlt";
    public static final String BOOKING_LIFECYCLE_DLT = BOOKING_LIFECYCLE + ".dlt";

    /** Header holding the event id (UUID), so consumers can de-duplicate without parsing. */
    public static final String HEADER_EVENT_ID = "vive-event-id";
    /** Header holding the event type name, e.g. {@code BookingCleared}. */
    public static final String HEADER_EVENT_TYPE = "vive-event-type";
    /** Dead-letter header: why the record could not be processed (never contains payload data). */
    public static final String HEADER_DLT_REASON = "vive-dlt-reason";
    /** Dead-letter header: the topic, partition and offset the record came from. */
    public static final String HEADER_DLT_ORIGIN = "vive-dlt-origin";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }
}
