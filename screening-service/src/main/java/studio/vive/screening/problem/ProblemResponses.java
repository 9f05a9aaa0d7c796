package studio.vive.screening.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Renders every error response (ours and the framework's: 400, 401, 403, 404, 405, 500) as an RFC
 * 9457 problem. Details are written here, never taken from exception messages, which can echo
 * input.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Throwable cause = context.getRootCause().orElse(null);
        HttpStatus status = cause instanceof NotFoundProblem ? HttpStatus.NOT_FOUND
                : cause instanceof ConversionErrorException ? HttpStatus.BAD_REQUEST
                : response.getStatus();
        String detail = cause instanceof NotFoundProblem notFound ? notFound.getMessage() : detailFor(status);
        Problem problem = new Problem(Problem.ABOUT_BLANK, status.getReason(), status.getCode(), detail,
                request.getPath());
        return response.status(status).body(problem).contentType(Problem.CONTENT_TYPE);
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed: check the path (a booking id is a UUID).";
            case UNAUTHORIZED -> "Sign in: send a valid bearer token.";
            case FORBIDDEN -> "Your role does not allow this.";
            case NOT_FOUND -> "Nothing is here.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that HTTP method.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Please try again.";
            default -> null;
        };
    }
}
