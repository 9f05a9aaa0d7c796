package studio.vive.screening.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;

/** An RFC 9457 problem detail, the body of every error this service returns. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, @Nullable String detail, @Nullable String instance) {

    public static final String CONTENT_TYPE = "application/problem+json";
    static final URI ABOUT_BLANK = URI.create("about:blank");
}
