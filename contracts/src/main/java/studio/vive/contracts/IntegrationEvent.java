package studio.vive.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event between services carries.
 *
 * <p>{@code eventId} identifies one event for de-duplication; {@code bookingId} is the Kafka key;
 * {@code schemaVersion} lets a consumer refuse (dead-letter) a version it does not understand.
 */
public interface IntegrationEvent {

    UUID eventId();

    int schemaVersion();

    Instant occurredAt();

    UUID bookingId();

    /** The Kafka record key: the booking id, so one booking's events stay in order. */
    default String key() {
        return bookingId().toString();
    }

    /** The type name written to the {@link Topics#HEADER_EVENT_TYPE} header. */
    default String type() {
        return getClass().getSimpleName();
    }
}
