package studio.vive.notification.support;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.EventTopic;
import studio.vive.testsupport.TopicPublisher;

/** Plays booking-service in tests: publishes lifecycle events to the real Kafka, as its outbox relay does. */
public final class LifecycleEventPublisher implements AutoCloseable {

    private final TopicPublisher topic = new TopicPublisher(EventTopic.BOOKING_LIFECYCLE);
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** Publishes {@code event} keyed by its booking id, with the type and event id headers. */
    public void publish(BookingLifecycleEvent event) {
        try {
            byte[] value = json.writeValueAsBytes(Argument.of(BookingLifecycleEvent.class), event);
            topic.send(event.key(), value, event.type(), event.eventId().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes raw bytes, e.g. a golden sample or a poison record, without headers. */
    public void publishRaw(String key, byte[] value) {
        topic.send(key, value, null, null);
    }

    /** Publishes JSON text. */
    public void publishJson(String key, String json) {
        publishRaw(key, json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        topic.close();
    }
}
