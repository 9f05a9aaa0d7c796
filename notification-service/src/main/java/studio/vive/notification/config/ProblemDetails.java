package studio.vive.notification.config;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Writes every API error as RFC 9457 {@code application/problem+json} (Micronaut's error handling
 * picks the body provider; this replaces its JSON one).
 */
@Primary
@Singleton
public class ProblemDetails implements JsonErrorResponseBodyProvider<ProblemDetails.Problem> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String UNTYPED = "about:blank";

    @Override
    public Problem body(ErrorContext error, HttpResponse<?> response) {
        String detail = error.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return new Problem(UNTYPED, response.reason(), response.code(), detail.isEmpty() ? null : detail,
                error.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }

    /**
     * An RFC 9457 problem.
     *
     * @param type     problem type URI ({@code about:blank}: the status says it all)
     * @param title    the status's reason phrase
     * @param status   the HTTP status code
     * @param detail   what went wrong with this request
     * @param instance the request path
     */
    @Serdeable
    public record Problem(String type, String title, int status, @Nullable String detail, String instance) {
    }
}
