package studio.vive.kit.problem;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One bad input in a {@link Problem}: which field (a JSON path such as {@code client.email}, a
 * query parameter or a header name) and what is wrong with it. Never echoes the rejected value.
 */
@Serdeable
public record FieldError(String field, String message) {
}
