package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How many staff sign-in attempts one client address may make ({@code vive.staff.login-rate-limit}):
 * at most {@code requests} per {@code period}, so a password cannot be guessed at speed.
 *
 * @param trackedClients most addresses remembered at once
 */
@ConfigurationProperties("vive.staff.login-rate-limit")
public record LoginRateLimit(
        boolean enabled,
        @Min(1) int requests,
        @NotNull Duration period,
        @Min(1) int trackedClients) {

    RateLimit asRateLimit() {
        return new RateLimit(enabled, requests, period, trackedClients);
    }
}
