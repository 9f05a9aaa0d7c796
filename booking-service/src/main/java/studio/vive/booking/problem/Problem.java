package studio.vive.booking.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error this service returns
 * ({@code application/problem+json}).
 *
 * @param type   identifies the kind of problem ({@code about:blank} for plain HTTP errors)
 * @param errors every bad field, for validation problems; empty otherwise
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

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
