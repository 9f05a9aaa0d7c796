package studio.vive.booking.booking;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/** A request body that must be one JSON object, as every client API of this service takes it. */
final class JsonObjectBody {

    private static final String MALFORMED = "Send one JSON object, in UTF-8, with Content-Type application/json.";

    private JsonObjectBody() {
    }

    /**
     * @throws ProblemException ({@link ProblemType#MALFORMED_BODY}) when it is not one well-formed JSON document
     * @throws InvalidRequestException when it is not a JSON object
     */
    static JsonNode read(JsonMapper json, byte[] body) {
        if (body == null || !StrictJson.isSingleDocument(body)) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, MALFORMED);
        }
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, MALFORMED);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("body", "must be a JSON object")));
        }
        return root;
    }
}
