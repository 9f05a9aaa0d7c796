package studio.vive.messaging.consume;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.micronaut.json.tree.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.regex.Pattern;

/**
 * Which contract class a JSON event is, and which {@code schemaVersion} of it this build knows:
 * every contract record declares {@code public static final int SCHEMA_VERSION}.
 */
final class ContractVersions {

    private static final String SCHEMA_VERSION = "SCHEMA_VERSION";
    /** A type name we are willing to echo in a reason: an identifier, nothing that could be data. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");

    private ContractVersions() {
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

    static int schemaVersionOf(Class<?> contract) {
        try {
            Field field = contract.getField(SCHEMA_VERSION);
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != int.class) {
                throw new IllegalStateException(contract.getName() + "." + SCHEMA_VERSION + " must be a static int");
            }
            return field.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(contract.getName() + " declares no public " + SCHEMA_VERSION, e);
        }
    }
}
