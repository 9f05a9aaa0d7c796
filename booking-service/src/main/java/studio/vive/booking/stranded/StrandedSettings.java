package studio.vive.booking.stranded;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * When a booking waiting for screening counts as stranded (configuration {@code vive.booking.stranded}).
 *
 * @param after         screening normally answers within seconds; a booking pending longer than
 *                      this is stranded (its request or outcome was most likely dead-lettered)
 * @param checkInterval how often the stranded bookings are counted for the metric
 * @param listLimit     at most this many stranded bookings are listed, oldest first
 */
@ConfigurationProperties("vive.booking.stranded")
public record StrandedSettings(@NotNull Duration after, @NotNull Duration checkInterval, @Positive int listLimit) {
}
