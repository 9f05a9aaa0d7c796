package studio.vive.booking.booking;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.util.List;
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
        JsonNode root = JsonObjectBody.read(json, body);
        JsonFields fields = new JsonFields();
        JsonNode screening = fields.object(root, "screening");
        ScreeningAnswers answers = screening == null ? null : ScreeningAnswerFields.build(field ->
                fields.answer(screening, "screening." + field.getName(), field.getType()));
        RescheduleRequest request = new RescheduleRequest(fields.dateTime(root, "startsAt"),
                fields.text(root, "therapistId"), answers);
        List<FieldError> errors = RequestValidation.withViolations(fields.errors(), validator.validate(request));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return request;
    }
}
