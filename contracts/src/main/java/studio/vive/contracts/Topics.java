package studio.vive.contracts;

/**
 * Topic names as compile-time constants, for the {@code @Topic} annotations of listeners, and
 * the header names of the platform. Code that publishes, reads or dead-letters names a topic
 * through its typed {@link EventTopic} instead, which also pairs it with its contract type and
 * schema version and derives its dead-letter topic.
 *
 * <p>Every event is keyed by its booking id (as a string), so all events of one booking land on
 * the same partition and are consumed in the order they were produced. Topic names carry the
 * major schema version: an incompatible change gets a new topic, never a silent reinterpretation.
 */
public final class Topics {

    /** {@link EventTopic#BOOKING_REQUESTED}: {@link BookingRequested}. */
    public static final String BOOKING_REQUESTED = "vive.booking-requested.v1";

    /** {@link EventTopic#SCREENING_OUTCOMES}: {@link ScreeningOutcome}s (no contact details, no answers). */
    public static final String SCREENING_OUTCOMES = "vive.screening-outcomes.v1";

    /** {@link EventTopic#BOOKING_LIFECYCLE}: {@link BookingLifecycleEvent}s (contact details, no answers). */
    public static final String BOOKING_LIFECYCLE = "vive.booking-lifecycle.v1";

    /** {@link EventTopic#RECHECK_SUBMITTED}: {@link RecheckSubmitted} (urgent answers, no contact details). */
    public static final String RECHECK_SUBMITTED = "vive.recheck-submitted.v1";

    /** {@link EventTopic#RESCREEN_REQUESTED}: {@link RescreenRequested} (a rescheduled booking's new date). */
    public static final String RESCREEN_REQUESTED = "vive.rescreen-requested.v1";

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
}
