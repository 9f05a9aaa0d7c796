package studio.vive.booking.problem;

import java.util.List;

/** The input has one or more bad fields: a 400 naming each of them. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(List<FieldError> errors) {
        super(ProblemType.INVALID_REQUEST, errors.size() == 1
                ? "1 field is invalid."
                : errors.size() + " fields are invalid.", errors);
    }
}
