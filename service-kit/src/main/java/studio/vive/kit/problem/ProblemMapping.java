package studio.vive.kit.problem;

import io.micronaut.http.HttpStatus;
import java.util.Optional;

/**
 * A service's own problems: the failures it can describe better than "this HTTP status"
 * (its domain exceptions, validation failures). The {@link ProblemErrorResponseProcessor} asks
 * every mapping in order and answers anything none of them describes as a plain HTTP problem.
 */
public interface ProblemMapping {

    /**
     * The problem for a failed request, if this mapping knows the failure.
     *
     * @param cause  the root cause of the failure, if there is one
     * @param status the status the framework chose
     * @param path   the request path, the problem's {@code instance}
     */
    Optional<Problem> problemFor(Throwable cause, HttpStatus status, String path);
}
