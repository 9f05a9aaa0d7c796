package studio.vive.booking.booking;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;

/**
 * Reads the JSON of a booking request field by field, so a wrong type or an unknown enum value
 * is reported with its field name, together with every other bad field, instead of failing the
 * whole body at the first problem. Unknown fields are ignored. Missing values are left null for
 * Bean Validation to report.
 */
@Singleton
public class BookingRequestReader {

    private final JsonMapper json;

    BookingRequestReader(JsonMapper json) {
        this.json = json;
    }

    /** The request, with null wherever a value had the wrong type, and one error per such value. */
    public record Read(BookingRequest request, List<FieldError> typeErrors) {
    }

    /**
     * Reads a raw request body.
     *
     * @throws ProblemException ({@link ProblemType#MALFORMED_BODY}) when it is not one well-formed JSON document
     * @throws InvalidRequestException when it is not a JSON object
     */
    public Read read(byte[] body) {
        if (body == null || !StrictJson.isSingleDocument(body)) {
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "Send one JSON object, in UTF-8, with Content-Type application/json.");
        }
        try {
            return read(json.readValue(body, JsonNode.class));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "Send one JSON object, in UTF-8, with Content-Type application/json.");
        }
    }

    /**
     * Reads a parsed body.
     *
     * @throws InvalidRequestException when the body is not a JSON object
     */
    public Read read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("body", "must be a JSON object")));
        }
        Fields fields = new Fields();
        JsonNode client = fields.object(body, "client");
        ClientDetails clientDetails = client == null ? null : new ClientDetails(
                fields.text(client, "client.name"),
                fields.text(client, "client.email"),
                fields.text(client, "client.phone"),
                fields.date(client, "client.dateOfBirth"));
        JsonNode screening = fields.object(body, "screening");
        ScreeningAnswers answers = screening == null ? null : new ScreeningAnswers(
                fields.bool(screening, "screening.bowelOrBladderProblems"),
                fields.bool(screening, "screening.suddenWeightLoss"),
                fields.bool(screening, "screening.persistentFever"),
                fields.enumValue(screening, "screening.legPain", LegPain.class),
                fields.bool(screening, "screening.legWeaknessNumbnessTingling"),
                fields.bool(screening, "screening.followedSevereFallOrAccident"),
                fields.bool(screening, "screening.firstEpisode"),
                fields.bool(screening, "screening.historyOfCancer"),
                fields.bool(screening, "screening.osteoporosis"),
                fields.bool(screening, "screening.steroidUse"),
                fields.bool(screening, "screening.excessiveDrugOrAlcoholUse"),
                fields.integer(screening, "screening.painDurationDays"),
                fields.bool(screening, "screening.improving"),
                fields.enumValue(screening, "screening.cause", PainCause.class));
        BookingRequest request = new BookingRequest(
                clientDetails,
                fields.text(body, "serviceCode"),
                fields.text(body, "therapistId"),
                fields.dateTime(body, "startsAt"),
                answers,
                fields.bool(body, "consent"));
        return new Read(request, List.copyOf(fields.errors));
    }

    /** Typed access to the fields of one body, collecting every type error. */
    private static final class Fields {

        private final List<FieldError> errors = new ArrayList<>();

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
}
