package studio.vive.booking.booking;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
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
        return read(JsonObjectBody.read(json, body));
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
        JsonFields fields = new JsonFields();
        JsonNode client = fields.object(body, "client");
        ClientDetails clientDetails = client == null ? null : new ClientDetails(
                fields.text(client, "client.name"),
                fields.text(client, "client.email"),
                fields.text(client, "client.phone"),
                fields.date(client, "client.dateOfBirth"));
        JsonNode screening = fields.object(body, "screening");
        ScreeningAnswers answers = screening == null ? null : ScreeningAnswerFields.build(field ->
                fields.answer(screening, "screening." + field.getName(), field.getType()));
        BookingRequest request = new BookingRequest(
                clientDetails,
                fields.text(body, "serviceCode"),
                fields.text(body, "therapistId"),
                fields.dateTime(body, "startsAt"),
                answers,
                fields.bool(body, "consent"),
                fields.text(body, "clearanceCode"));
        return new Read(request, fields.errors());
    }
}
