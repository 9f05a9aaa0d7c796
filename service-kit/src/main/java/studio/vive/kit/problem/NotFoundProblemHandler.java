package studio.vive.kit.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Turns a {@link NotFoundProblem} thrown by a controller into a 404 problem response. */
@Singleton
class NotFoundProblemHandler implements ExceptionHandler<NotFoundProblem, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    NotFoundProblemHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotFoundProblem exception) {
        return problems.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.status(HttpStatus.NOT_FOUND));
    }
}
