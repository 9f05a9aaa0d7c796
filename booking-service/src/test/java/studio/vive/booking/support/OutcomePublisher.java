package studio.vive.booking.support;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.testsupport.TopicPublisher;

/** Plays screening-service: publishes outcomes to the real Kafka, as its outbox relay does. */
public final class OutcomePublisher implements AutoCloseable {

    private final TopicPublisher topic = new TopicPublisher(EventTopic.SCREENING_OUTCOMES);
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** Publishes {@code outcome} keyed by its booking id with the type and event id headers. */
    public void publish(ScreeningOutcome outcome) {
        try {
            byte[] value = json.writeValueAsBytes(Argument.of(ScreeningOutcome.class), outcome);
            topic.send(outcome.key(), value, outcome.type(), outcome.eventId().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes JSON text (a golden sample) keyed by {@code key}. */
    public void publishJson(String key, String json, String type, String eventId) {
        topic.send(key, json.getBytes(StandardCharsets.UTF_8), type, eventId);
    }

    @Override
    public void close() {
        topic.close();
    }
}
