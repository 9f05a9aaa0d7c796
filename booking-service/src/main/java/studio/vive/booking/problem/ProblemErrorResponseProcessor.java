package studio.vive.booking.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renders every error response of the service, the framework's (404, 405, 413, 415, 401, 403,
 * conversion and validation failures) and ours, as an RFC 9457 problem.
 *
 * <p>Details are written here rather than taken from exception messages, because framework
 * messages echo the rejected input, which may be personal or health data. Pages outside
 * {@code /api} that a browser asks for as HTML keep Micronaut's HTML error page.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
@SuppressWarnings({"rawtypes", "unchecked"})
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final String API_PREFIX = "/api";

    private final HtmlErrorResponseBodyProvider htmlBodies;

    public ProblemErrorResponseProcessor(HtmlErrorResponseBodyProvider htmlBodies) {
        this.htmlBodies = htmlBodies;
    }

    @Override
    public MutableHttpResponse processResponse(ErrorContext context, MutableHttpResponse response) {
        HttpRequest<?> request = context.getRequest();
        if (request.getMethod() == io.micronaut.http.HttpMethod.HEAD) {
            return response;
        }
        if (prefersHtml(request)) {
            return response.body(htmlBodies.body(context, response)).contentType(MediaType.TEXT_HTML_TYPE);
        }
        Problem problem = problemFor(context, response.getStatus(), request.getPath());
        return response.status(problem.status()).body(problem).contentType(Problem.CONTENT_TYPE);
    }

    /** The problem for a failure the framework detected. */
    Problem problemFor(ErrorContext context, HttpStatus status, String path) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            return ProblemResponses.problem(problem, path);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return invalid(violationsOf(violations), path);
        }
        if (cause instanceof UnsatisfiedArgumentException missing) {
            return invalid(List.of(new FieldError(nameOf(missing.getArgument()), "is required")), path);
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            return invalid(List.of(new FieldError(nameOf(missing.getArgument()), "is required")), path);
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                return malformedBody(path);
            }
            return invalid(List.of(new FieldError(nameOf(argument),
                    "is not a valid " + describe(argument.getType()))), path);
        }
        if (cause instanceof JsonSyntaxException || cause instanceof CodecException || cause instanceof SerdeException) {
            return malformedBody(path);
        }
        return new Problem(ABOUT_BLANK, status.getReason(), status.getCode(), detailFor(status), path, List.of());
    }

    private static Problem invalid(List<FieldError> errors, String path) {
        return ProblemResponses.problem(new InvalidRequestException(errors), path);
    }

    private static Problem malformedBody(String path) {
        ProblemType type = ProblemType.MALFORMED_BODY;
        return new Problem(type.type(), type.title(), type.status().getCode(),
                "Send a JSON object with Content-Type application/json.", path, List.of());
    }

    private static List<FieldError> violationsOf(ConstraintViolationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /**
     * The client's name for a violated property: {@code create.request.client.email} (method,
     * parameter, properties) becomes {@code client.email}; a violated parameter keeps its name.
     */
    static String fieldOf(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null && !properties.isEmpty()) {
                    int last = properties.size() - 1;
                    properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) {
                    properties.add(name);
                }
            }
        }
        if (properties.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return String.join(".", properties);
    }

    private static String nameOf(Argument<?> argument) {
        Optional<String> header = argument.getAnnotationMetadata().stringValue(Header.class);
        return header.filter(h -> !h.isBlank()).orElse(argument.getName());
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("value, one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return values.toString();
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "OffsetDateTime", "ZonedDateTime", "Instant" -> "date-time with offset (e.g. 2026-12-01T10:00:00+11:00)";
            case "UUID" -> "id";
            case "int", "Integer", "long", "Long" -> "whole number";
            case "boolean", "Boolean" -> "boolean (true or false)";
            default -> "value";
        };
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Nothing is here.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers in application/json.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is larger than this service accepts.";
            case UNAUTHORIZED -> "Sign in: send a valid bearer token.";
            case FORBIDDEN -> "Your role does not allow this.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Please try again.";
            case SERVICE_UNAVAILABLE -> "The service is temporarily unavailable. Please try again.";
            default -> null;
        };
    }

    private static boolean prefersHtml(HttpRequest<?> request) {
        if (request.getPath().startsWith(API_PREFIX)) {
            return false;
        }
        return request.accept().stream().findFirst().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
    }
}
