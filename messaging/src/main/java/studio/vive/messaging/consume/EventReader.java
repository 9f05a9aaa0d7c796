package studio.vive.messaging.consume;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.IntegrationEvent;

/**
 * Turns a Kafka record into a contract event, or says why it cannot.
 *
 * <p>Checks, in order: the value is a JSON object; for a polymorphic contract such as
 * {@code ScreeningOutcome}, a known {@code type}; it has the {@code schemaVersion} of its topic
 * ({@link EventTopic#schemaVersion()}); it binds to the contract (micronaut-serde, unknown
 * fields ignored: tolerant reader); and it satisfies the contract's constraints (missing answers,
 * out-of-range numbers). Every refusal is an {@link UnreadableEventException} whose message names
 * the problem without quoting the payload.
 */
@Singleton
public class EventReader {

    private final ObjectMapper json;
    private final Validator validator;

    public EventReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * Reads {@code record}'s value as {@code topic}'s contract type.
     *
     * @param topic the topic the record came from, e.g. {@code EventTopic.BOOKING_REQUESTED}
     * @throws UnreadableEventException when the record can never be read as that topic's event
     */
    public <T extends IntegrationEvent> T read(ConsumerRecord<String, byte[]> record, EventTopic<T> topic)
            throws UnreadableEventException {
        Class<T> type = topic.contractType();
        JsonNode tree = parse(record.value());
        Class<?> contract = ContractSubtypes.concreteType(type, tree);
        int version = schemaVersion(tree);
        int known = topic.schemaVersion();
        if (version != known) {
            throw new UnreadableEventException("unsupported schemaVersion " + version + " of "
                    + contract.getSimpleName() + " (this consumer reads " + known + ")");
        }
        T event = bind(tree, type);
        validate(event, type);
        return event;
    }

    private JsonNode parse(byte[] value) throws UnreadableEventException {
        if (value == null || value.length == 0) {
            throw new UnreadableEventException("record has no value");
        }
        JsonNode tree;
        try {
            tree = json.readValue(value, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            // The parser's message quotes the offending text: never pass it on.
            throw new UnreadableEventException("value is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableEventException("value is not a JSON object");
        }
        return tree;
    }

    private static int schemaVersion(JsonNode tree) throws UnreadableEventException {
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isNumber()) {
            throw new UnreadableEventException("schemaVersion is missing or not a number");
        }
        return version.getIntValue();
    }

    private <T> T bind(JsonNode tree, Class<T> type) throws UnreadableEventException {
        try {
            T event = json.readValueFromTree(tree, Argument.of(type));
            if (event == null) {
                throw new UnreadableEventException("value does not match " + type.getSimpleName());
            }
            return event;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEventException("value does not match " + type.getSimpleName());
        }
    }

    private <T> void validate(T event, Class<T> type) throws UnreadableEventException {
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            // Property paths and constraint messages ("must not be null"), never the invalid values.
            String problems = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new UnreadableEventException("invalid " + event.getClass().getSimpleName() + ": " + problems);
        }
    }
}
