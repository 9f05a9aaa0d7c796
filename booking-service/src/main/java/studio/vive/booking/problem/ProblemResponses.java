package studio.vive.booking.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import studio.vive.kit.problem.Problem;

/** Builds problem responses from {@link ProblemException}s. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The problem that describes {@code exception}, for the request to {@code path}. */
    public static Problem problem(ProblemException exception, String path) {
        ProblemType type = exception.problemType();
        return new Problem(type.type(), type.title(), type.status().getCode(), exception.getMessage(), path,
                exception.errors().stream()
                        .map(error -> new studio.vive.kit.problem.FieldError(error.field(), error.message()))
                        .toList());
    }

    /** A complete {@code application/problem+json} response for {@code exception}. */
    public static MutableHttpResponse<Problem> response(ProblemException exception, String path) {
        Problem problem = problem(exception, path);
        return HttpResponse.<Problem>status(exception.problemType().status())
                .body(problem)
                .contentType(Problem.CONTENT_TYPE);
    }
}
