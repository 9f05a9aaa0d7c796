package studio.vive.notification.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.function.LongSupplier;

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

    /**
     * Runs {@code eraseBatch} (erasing at most {@link #batchSize} rows) until a batch comes back
     * short, so a backlog is drained in short transactions rather than one long one.
     *
     * @return how many rows were erased in all
     */
    public long drain(LongSupplier eraseBatch) {
        long erased = 0;
        long batch;
        do {
            batch = eraseBatch.getAsLong();
            erased += batch;
        } while (batch == batchSize);
        return erased;
    }
}
