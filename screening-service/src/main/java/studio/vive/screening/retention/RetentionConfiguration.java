package studio.vive.screening.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code vive.screening.retention.*}.
 *
 * @param answers how long the answers behind a decision are kept (the decision itself is kept)
 */
@ConfigurationProperties("vive.screening.retention")
public record RetentionConfiguration(@NotNull Duration answers) {
}
