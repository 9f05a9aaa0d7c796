package studio.vive.messaging.consume;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import studio.vive.contracts.IntegrationEvent;
import studio.vive.contracts.Topics;

/**
 * Puts the booking id and event id of the record being processed into the SLF4J MDC (keys
 * {@value #BOOKING_ID}, {@value #EVENT_ID}) and restores what was there when closed. Only values
 * shaped like UUIDs are put: a key or header is not trusted to be free of data.
 */
final class RecordContext implements AutoCloseable {

    static final String BOOKING_ID = "bookingId";
    static final String EVENT_ID = "eventId";

    private final Map<String, String> previous = new HashMap<>();

    private RecordContext() {
        previous.put(BOOKING_ID, MDC.get(BOOKING_ID));
        previous.put(EVENT_ID, MDC.get(EVENT_ID));
    }

    static RecordContext of(ConsumerRecord<String, byte[]> record) {
        RecordContext context = new RecordContext();
        context.put(BOOKING_ID, record.key());
        Header eventId = record.headers().lastHeader(Topics.HEADER_EVENT_ID);
        context.put(EVENT_ID, eventId == null || eventId.value() == null ? null
                : new String(eventId.value(), StandardCharsets.UTF_8));
        return context;
    }

    /** Once read, the event itself is the authority on its ids. */
    void event(Object event) {
        if (event instanceof IntegrationEvent integration) {
            put(BOOKING_ID, String.valueOf(integration.bookingId()));
            put(EVENT_ID, String.valueOf(integration.eventId()));
        }
    }

    private void put(String key, String value) {
        if (isUuid(value)) {
            MDC.put(key, value);
        } else {
            MDC.remove(key);
        }
    }

    private static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
