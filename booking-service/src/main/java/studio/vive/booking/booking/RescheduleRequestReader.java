package studio.vive.booking.booking;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.reschedule.RescheduleRequest;
import studio.vive.contracts.ScreeningAnswers;

/**
 * Reads and validates the body of a reschedule, field by field as a booking request
 * ({@link BookingRequestReader}): {@code startsAt}, optional {@code therapistId} and, once the
 * first answers were deleted, {@code screening} named as in a booking request. Every bad field is
 * named at once; messages never echo a value.
 */
@Singleton
public class RescheduleRequestReader {

    private static final String MALFORMED = "Send one JSON object, in UTF-8, with Content-Type application/json.";

    private final JsonMapper json;
    private final Validator validator;

    RescheduleRequestReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @throws ProblemException ({@link ProblemType#MALFORMED_BODY}) when it is not one JSON document
     * @throws InvalidRequestException naming every missing or invalid field
     */
    public RescheduleRequest read(byte[] body) {
        JsonNode root = parse(body);
        JsonFields fields = new JsonFields();
        JsonNode screening = fields.object(root, "screening");
        ScreeningAnswers answers = screening == null ? null : ScreeningAnswerFields.build(field ->
                fields.answer(screening, "screening." + field.getName(), field.getType()));
        RescheduleRequest request = new RescheduleRequest(fields.dateTime(root, "startsAt"),
                fields.text(root, "therapistId"), answers);
        List<FieldError> errors = new ArrayList<>(fields.errors());
        Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        for (ConstraintViolation<RescheduleRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (!unreadable.contains(field)) {
                errors.add(new FieldError(field, violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return request;
    }

    private JsonNode parse(byte[] body) {
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
