package studio.vive.contracts;

import java.util.List;
import java.util.Objects;

/**
 * A Kafka topic of the platform together with the one contract type its records carry and the
 * {@code schemaVersion} this build writes and reads on it: the typed registry of topics.
 *
 * <p>The pairing is checked by the compiler. A producer appends to an {@code EventTopic<T>} only
 * a {@code T} ({@code outbox.append(EventTopic.BOOKING_REQUESTED, bookingCleared)} does not
 * compile), and a consumer reads an {@code EventTopic<T>} only into a handler of {@code T}
 * ({@code inboundEvents.process(record, EventTopic.SCREENING_OUTCOMES, bookingRequested -> ...)}
 * does not compile). The contract type is what an event is written and read as: the polymorphic
 * parent (e.g. {@link ScreeningOutcome}, whose JSON {@code type} names the concrete event) or the
 * record itself.
 *
 * <p>Names come from {@link Topics}, which keeps them as compile-time constants for the
 * {@code @Topic} annotations of listeners; everything else names a topic through this type.
 * (Not called {@code Topic}: every listener already imports micronaut-kafka's {@code @Topic}.)
 *
 * @param name          the Kafka topic name, carrying the major version ({@code .v1})
 * @param contractType  the type every record on the topic is written and read as
 * @param schemaVersion the {@code schemaVersion} this build writes; a consumer dead-letters any other
 * @param <T>           the contract type
 */
public record EventTopic<T extends IntegrationEvent>(String name, Class<T> contractType, int schemaVersion) {

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Booking-service to screening-service only (carries health answers). */
    public static final EventTopic<BookingRequested> BOOKING_REQUESTED =
            new EventTopic<>(Topics.BOOKING_REQUESTED, BookingRequested.class, BookingRequested.SCHEMA_VERSION);

    /**
     * Booking-service to screening-service only: the pre-visit re-check's urgent answers (health
     * data, like {@link #BOOKING_REQUESTED}).
     */
    public static final EventTopic<RecheckSubmitted> RECHECK_SUBMITTED =
            new EventTopic<>(Topics.RECHECK_SUBMITTED, RecheckSubmitted.class, RecheckSubmitted.SCHEMA_VERSION);

    /**
     * Booking-service to screening-service only: a rescheduled booking's new appointment date, to
     * be decided again (health answers only when the client gave them again).
     */
    public static final EventTopic<RescreenRequested> RESCREEN_REQUESTED =
            new EventTopic<>(Topics.RESCREEN_REQUESTED, RescreenRequested.class, RescreenRequested.SCHEMA_VERSION);

    /** Screening-service to booking-service: {@link BookingCleared}, {@link ReferralRaised} or {@link RecheckDecided}. */
    public static final EventTopic<ScreeningOutcome> SCREENING_OUTCOMES =
            new EventTopic<>(Topics.SCREENING_OUTCOMES, ScreeningOutcome.class, 1);

    /** Booking-service to notification-service: confirmed, referred, cancelled. */
    public static final EventTopic<BookingLifecycleEvent> BOOKING_LIFECYCLE =
            new EventTopic<>(Topics.BOOKING_LIFECYCLE, BookingLifecycleEvent.class, 1);

    /** Every topic of the platform, each once. */
    public static final List<EventTopic<?>> ALL = List.of(BOOKING_REQUESTED, SCREENING_OUTCOMES, BOOKING_LIFECYCLE,
            RECHECK_SUBMITTED, RESCREEN_REQUESTED);

    public EventTopic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contractType, "contractType");
        if (name.isBlank() || schemaVersion < 1) {
            throw new IllegalArgumentException("a topic needs a name and a schemaVersion of at least 1");
        }
    }

    /**
     * The dead-letter topic: where a record of this topic that cannot be processed is parked,
     * unchanged, with the reason in {@link Topics#HEADER_DLT_REASON}.
     */
    public String deadLetter() {
        return name + DEAD_LETTER_SUFFIX;
    }
}
