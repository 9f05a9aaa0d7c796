package studio.vive.booking.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How long booking-service keeps what screening told it (configuration {@code vive.booking.retention}).
 *
 * @param outcomeMessages how long after the decision the client-facing reason messages, and a
 *                        referred client's contact details, are kept
 * @param sweepInterval   how often the sweep runs (and how long after start-up it first runs)
 * @param batchSize       bookings changed per transaction
 */
@ConfigurationProperties("vive.booking.retention")
public record RetentionSettings(@NotNull Duration outcomeMessages, @NotNull Duration sweepInterval,
                                @Positive int batchSize) {
}
