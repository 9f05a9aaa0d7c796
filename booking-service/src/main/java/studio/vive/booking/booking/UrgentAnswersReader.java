package studio.vive.booking.booking;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.contracts.UrgentAnswers;

/**
 * Reads the body of a pre-visit re-check: the six urgent answers, named and typed as in a booking
 * request's {@code screening}, either at the top level or inside a {@code screening} object (then
 * errors name {@code screening.<answer>}, as for a booking). Every bad or missing answer is
 * reported at once; messages never echo the value.
 */
@Singleton
public class UrgentAnswersReader {

    private static final String NESTED = "screening";
    private static final BeanIntrospection<UrgentAnswers> ANSWERS = BeanIntrospection.getIntrospection(UrgentAnswers.class);

    private final JsonMapper json;

    UrgentAnswersReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * @throws ProblemException ({@link ProblemType#MALFORMED_BODY}) when it is not one JSON document
     * @throws InvalidRequestException naming every answer that is missing or of the wrong type
     */
    public UrgentAnswers read(byte[] body) {
        JsonNode root = JsonObjectBody.read(json, body);
        boolean nested = root.get(NESTED) != null && root.get(NESTED).isObject();
        return answers(nested ? root.get(NESTED) : root, nested ? NESTED + "." : "");
    }

    private static UrgentAnswers answers(JsonNode node, String prefix) {
        JsonFields fields = new JsonFields();
        List<FieldError> missing = new ArrayList<>();
        Object[] values = Arrays.stream(ANSWERS.getConstructorArguments()).map(field -> {
            Object value = fields.answer(node, prefix + field.getName(), field.getType());
            if (value == null && !named(fields.errors(), prefix + field.getName())) {
                missing.add(new FieldError(prefix + field.getName(), "must not be null"));
            }
            return value;
        }).toArray();
        List<FieldError> errors = new ArrayList<>(fields.errors());
        errors.addAll(missing);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return ANSWERS.instantiate(values);
    }

    private static boolean named(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }
}
