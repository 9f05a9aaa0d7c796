package studio.vive.notification.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How long rendered emails are kept ({@code vive.notification.retention.*}).
 *
 * @param keepBodiesFor how long after recording a delivered (or failed) email keeps its bodies
 *                      and invite; they can quote the referral reasons
 * @param sweepInterval how often expired bodies are looked for
 * @param batchSize     rows erased per statement (keeps each transaction short)
 */
@ConfigurationProperties("vive.notification.retention")
public record BodyRetention(@NotNull Duration keepBodiesFor, @NotNull Duration sweepInterval, @Min(1) int batchSize) {
}
