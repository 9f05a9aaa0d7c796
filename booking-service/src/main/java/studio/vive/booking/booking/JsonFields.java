package studio.vive.booking.booking;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import studio.vive.booking.problem.FieldError;

/**
 * Typed access to the fields of one JSON body, collecting every type error: a value of the
 * wrong type reads as null and is reported under its field path ({@code client.email}).
 */
final class JsonFields {

    private final List<FieldError> errors = new ArrayList<>();

    /** One error per value that had the wrong type, in reading order. */
    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    private JsonNode value(JsonNode parent, String path) {
        JsonNode node = parent.get(path.substring(path.lastIndexOf('.') + 1));
        return node == null || node.isNull() ? null : node;
    }

    JsonNode object(JsonNode parent, String path) {
        JsonNode node = value(parent, path);
        if (node != null && !node.isObject()) {
            return wrong(path, "must be an object");
        }
        return node;
    }

    String text(JsonNode parent, String path) {
        JsonNode node = value(parent, path);
        if (node != null && !node.isString()) {
            return wrong(path, "must be text");
        }
        return node == null ? null : node.getStringValue();
    }

    Boolean bool(JsonNode parent, String path) {
        JsonNode node = value(parent, path);
        if (node != null && !node.isBoolean()) {
            return wrong(path, "must be true or false");
        }
        return node == null ? null : node.getBooleanValue();
    }

    Integer integer(JsonNode parent, String path) {
        JsonNode node = value(parent, path);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            return wrong(path, "must be a whole number");
        }
        try {
            return new BigDecimal(node.getNumberValue().toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return wrong(path, "must be a whole number");
        }
    }

    LocalDate date(JsonNode parent, String path) {
        String text = textFor(parent, path, "must be a date (YYYY-MM-DD)");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return wrong(path, "must be a date (YYYY-MM-DD)");
        }
    }

    OffsetDateTime dateTime(JsonNode parent, String path) {
        String message = "must be a date and time with offset, e.g. 2026-12-01T10:00:00+11:00";
        String text = textFor(parent, path, message);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return wrong(path, message);
        }
    }

    /** The answer {@code path} of the screening, read as its contract type says. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object answer(JsonNode parent, String path, Class<?> type) {
        if (type == Boolean.class) {
            return bool(parent, path);
        }
        if (type == Integer.class) {
            return integer(parent, path);
        }
        if (type.isEnum()) {
            return enumValue(parent, path, (Class) type);
        }
        throw new IllegalStateException("No reader for screening answers of type " + type.getName());
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String path, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
        String text = textFor(parent, path, "must be one of " + allowed);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return wrong(path, "must be one of " + allowed);
    }

    private String textFor(JsonNode parent, String path, String message) {
        JsonNode node = value(parent, path);
        if (node != null && !node.isString()) {
            return wrong(path, message);
        }
        return node == null ? null : node.getStringValue();
    }

    private <T> T wrong(String path, String message) {
        errors.add(new FieldError(path, message));
        return null;
    }
}
