package studio.vive.kit.problem;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The {@code detail} of a plain HTTP problem, written here rather than taken from exception
 * messages, which can echo the rejected input (personal or health data). A service adds or
 * changes the sentence for a status with {@code vive.problem.status-details.<code>}.
 */
@Singleton
public class StatusDetails {

    static final String PREFIX = "vive.problem.status-details.";

    private static final Map<HttpStatus, String> COMMON = Map.of(
            HttpStatus.UNAUTHORIZED, "Sign in: send a valid bearer token.",
            HttpStatus.FORBIDDEN, "Your role does not allow this.",
            HttpStatus.NOT_FOUND, "Nothing is here.",
            HttpStatus.METHOD_NOT_ALLOWED, "This resource does not support that HTTP method.",
            HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");

    private final Environment environment;

    public StatusDetails(Environment environment) {
        this.environment = environment;
    }

    /** The sentence for {@code status}, or null when the status says it all. */
    @Nullable
    public String detailFor(HttpStatus status) {
        return environment.getProperty(PREFIX + status.getCode(), String.class).orElse(COMMON.get(status));
    }
}
