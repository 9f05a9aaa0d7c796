package studio.vive.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the services return
 * ({@code application/problem+json}).
 *
 * @param type   identifies the kind of problem ({@code about:blank} for plain HTTP errors)
 * @param errors every bad field, for validation problems; empty (and left out) otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** The type of a problem the HTTP status says everything about. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A plain HTTP problem: {@code about:blank}, titled with the status's reason phrase. */
    public static Problem untyped(HttpStatus status, @Nullable String detail, @Nullable String path) {
        return new Problem(ABOUT_BLANK, status.getReason(), status.getCode(), detail, path, List.of());
    }
}
