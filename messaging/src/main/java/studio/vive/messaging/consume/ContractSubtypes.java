package studio.vive.messaging.consume;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.micronaut.json.tree.JsonNode;
import java.util.regex.Pattern;

/**
 * Which concrete contract class a JSON event is: for a polymorphic contract (one carrying
 * {@link JsonSubTypes}, e.g. {@code ScreeningOutcome}) the subtype its {@code type} property
 * names, read from the same annotation micronaut-serde binds with.
 */
final class ContractSubtypes {

    /** A type name we are willing to echo in a reason: an identifier, nothing that could be data. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");

    private ContractSubtypes() {
    }

    /** {@code type} itself, or for a polymorphic contract the subtype named by the {@code type} property. */
    static Class<?> concreteType(Class<?> type, JsonNode tree) throws UnreadableEventException {
        JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
        if (subTypes == null) {
            return type;
        }
        JsonNode name = tree.get("type");
        if (name == null || !name.isString()) {
            throw new UnreadableEventException("type is missing (expected a " + type.getSimpleName() + ")");
        }
        for (JsonSubTypes.Type subType : subTypes.value()) {
            if (subType.name().equals(name.getStringValue())) {
                return subType.value();
            }
        }
        String shown = SAFE_NAME.matcher(name.getStringValue()).matches() ? " " + name.getStringValue() : "";
        throw new UnreadableEventException("unknown type" + shown + " for " + type.getSimpleName());
    }
}
