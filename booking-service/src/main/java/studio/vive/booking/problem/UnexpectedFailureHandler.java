package studio.vive.booking.problem;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected failures. When the database could not be reached (PostgreSQL down or restarting, a
 * pooled connection lost, every connection busy, or out of disk, memory or connections), the
 * transaction rolled back and the request changed nothing, so the client is told to try again
 * shortly: 503 with {@code Retry-After} (a
 * problem document for the API, the error page for a browser), not that the server is broken. A
 * client that retries with its {@code Idempotency-Key} books once.
 *
 * <p>Registered for {@link RuntimeException} because a lost connection surfaces as several
 * unrelated exception types (Micronaut Data's connection and transaction exceptions, JDBC's); the
 * more specific handlers (problems, validation, security) still win. A transaction PostgreSQL
 * aborted to break a deadlock or a serialization conflict ({@link LostRace}) lost a race and
 * changed nothing: 409, never a 5xx. Anything else is answered 500
 * and logged as Micronaut does by default.
 */
@Singleton
public class UnexpectedFailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
    private static final String DETAIL =
            "The booking service cannot reach its database just now; nothing was changed. Please try again shortly.";

    private static final String RACE_DETAIL =
            "Another request changed this at the same moment; nothing was changed. Please try again.";

    private final ErrorResponseProcessor<?> errorResponses;
    private final Duration retryAfter;

    public UnexpectedFailureHandler(ErrorResponseProcessor<?> errorResponses,
                                      @Value("${vive.problem.database-unavailable-retry-after}") Duration retryAfter) {
        this.errorResponses = errorResponses;
        this.retryAfter = retryAfter;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (LostRace.causedBy(exception)) {
            LOG.info("{} {} lost a race with a concurrent transaction: answered 409", request.getMethod(),
                    request.getPath());
            ProblemException problem = new ProblemException(ProblemType.CONCURRENT_CHANGE, RACE_DETAIL);
            return errorResponses.processResponse(
                    ErrorContext.builder(request).cause(problem).errorMessage(RACE_DETAIL).build(),
                    HttpResponse.status(HttpStatus.CONFLICT));
        }
        if (!DatabaseOutage.causedBy(exception)) {
            LOG.error("Unexpected error answering {} {}", request.getMethod(), request.getPath(), exception);
            return errorResponses.processResponse(
                    ErrorContext.builder(request).cause(exception).errorMessage("Internal Server Error").build(),
                    HttpResponse.serverError());
        }
        LOG.warn("Database unreachable or out of resources for {} {}: answered 503", request.getMethod(),
                request.getPath());
        ProblemException problem = new ProblemException(ProblemType.SERVICE_UNAVAILABLE, DETAIL);
        return errorResponses.processResponse(
                ErrorContext.builder(request).cause(problem).errorMessage(DETAIL).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds()))));
    }
}
