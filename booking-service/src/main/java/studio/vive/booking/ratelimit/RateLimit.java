package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How many booking requests one client address may send (configuration
 * {@code vive.booking.rate-limit}): at most {@code requests} per {@code period}.
 *
 * @param trackedClients most addresses remembered at once, so a flood of addresses cannot
 *                       exhaust memory
 */
@ConfigurationProperties("vive.booking.rate-limit")
public record RateLimit(
        boolean enabled,
        @Min(1) int requests,
        @NotNull Duration period,
        @Min(1) int trackedClients) {
}
