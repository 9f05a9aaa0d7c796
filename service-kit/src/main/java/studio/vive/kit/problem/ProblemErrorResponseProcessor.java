package studio.vive.kit.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Renders every error response of a service, the framework's (401, 403, 404, 405, 413, 415,
 * conversion failures) and the service's own, as an RFC 9457 {@code application/problem+json}
 * document: the service's {@link ProblemMapping}s first, then a {@link NotFoundProblem}, then a
 * plain problem for the status with a {@link StatusDetails} sentence. A request whose client
 * wants a page ({@link ErrorPagePreference}) gets Micronaut's HTML error page instead; a
 * {@code HEAD} request gets no body.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
@SuppressWarnings({"rawtypes", "unchecked"})
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor {

    private final List<ProblemMapping> mappings;
    private final StatusDetails details;
    private final Optional<ErrorPagePreference> pages;
    private final HtmlErrorResponseBodyProvider htmlBodies;

    public ProblemErrorResponseProcessor(List<ProblemMapping> mappings, StatusDetails details,
                                         Optional<ErrorPagePreference> pages,
                                         HtmlErrorResponseBodyProvider htmlBodies) {
        this.mappings = List.copyOf(mappings);
        this.details = details;
        this.pages = pages;
        this.htmlBodies = htmlBodies;
    }

    @Override
    public MutableHttpResponse processResponse(ErrorContext context, MutableHttpResponse response) {
        HttpRequest<?> request = context.getRequest();
        if (request.getMethod() == HttpMethod.HEAD) {
            return response;
        }
        if (pages.isPresent() && pages.get().wantsPage(request)) {
            return response.body(htmlBodies.body(context, response)).contentType(MediaType.TEXT_HTML_TYPE);
        }
        Problem problem = problemFor(context.getRootCause().orElse(null), response.getStatus(), request.getPath());
        return response.status(problem.status()).body(problem).contentType(Problem.CONTENT_TYPE);
    }

    /** The problem for a failure with root cause {@code cause} that the framework answered {@code status}. */
    Problem problemFor(@Nullable Throwable cause, HttpStatus status, String path) {
        for (ProblemMapping mapping : mappings) {
            Optional<Problem> problem = mapping.problemFor(cause, status, path);
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        if (cause instanceof NotFoundProblem notFound) {
            return Problem.untyped(HttpStatus.NOT_FOUND, notFound.getMessage(), path);
        }
        // a path or query value of the wrong type is the client's mistake, whatever the route said
        HttpStatus answered = cause instanceof ConversionErrorException ? HttpStatus.BAD_REQUEST : status;
        return Problem.untyped(answered, details.detailFor(answered), path);
    }
}
