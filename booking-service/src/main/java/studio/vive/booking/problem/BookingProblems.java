package studio.vive.booking.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import studio.vive.kit.problem.Problem;
import studio.vive.kit.problem.ProblemMapping;

/**
 * booking-service's problems: its {@link ProblemException}s, and validation, conversion and
 * unreadable-body failures, each named by field, with booking's problem types. The kit's
 * {@link studio.vive.kit.problem.ProblemErrorResponseProcessor} renders them, and every other
 * error as a plain problem.
 *
 * <p>Details are written here rather than taken from exception messages, because framework
 * messages echo the rejected input, which may be personal or health data.
 */
@Singleton
@Order(0)
class BookingProblems implements ProblemMapping {

    @Override
    public Optional<Problem> problemFor(@Nullable Throwable cause, HttpStatus status, String path) {
        if (cause instanceof ProblemException problem) {
            return Optional.of(ProblemResponses.problem(problem, path));
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Optional.of(invalid(violationsOf(violations), path));
        }
        if (cause instanceof UnsatisfiedArgumentException missing) {
            return Optional.of(invalid(List.of(new FieldError(nameOf(missing.getArgument()), "is required")), path));
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            return Optional.of(invalid(List.of(new FieldError(nameOf(missing.getArgument()), "is required")), path));
        }
        if (cause instanceof ConversionErrorException conversion) {
            return Optional.of(conversionProblem(conversion.getArgument(), path));
        }
        if (cause instanceof JsonSyntaxException || cause instanceof CodecException || cause instanceof SerdeException) {
            return Optional.of(malformedBody(path));
        }
        return Optional.empty();
    }

    private static Problem conversionProblem(Argument<?> argument, String path) {
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return malformedBody(path);
        }
        return invalid(List.of(new FieldError(nameOf(argument), "is not a valid " + describe(argument.getType()))), path);
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
}
