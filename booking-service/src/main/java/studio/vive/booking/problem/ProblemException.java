package studio.vive.booking.problem;

import java.util.List;

/**
 * A failure the client can act on, rendered as a {@link Problem}. Domain code throws subclasses;
 * the message is the problem's {@code detail} and is shown to the client, so it never contains
 * personal data.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType problemType;
    private final List<FieldError> errors;

    public ProblemException(ProblemType problemType, String detail) {
        this(problemType, detail, List.of());
    }

    public ProblemException(ProblemType problemType, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.problemType = problemType;
        this.errors = List.copyOf(errors);
    }

    public ProblemType problemType() {
        return problemType;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
