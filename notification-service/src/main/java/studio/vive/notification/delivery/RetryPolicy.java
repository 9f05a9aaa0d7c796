package studio.vive.notification.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How often and how patiently an email is retried ({@code vive.notification.delivery.*}).
 *
 * <p>Retries are durable (the next attempt time is in the notification row), not in-memory
 * retries around a call: they must survive a restart and be visible to staff.
 *
 * @param maxAttempts    attempts before a notification is marked FAILED
 * @param initialBackoff wait after the first failed attempt
 * @param multiplier     growth of the wait per further failed attempt
 * @param maxBackoff     the longest wait between two attempts
 * @param pollInterval   how often due notifications are looked for
 */
@ConfigurationProperties("vive.notification.delivery")
public record RetryPolicy(
        @Min(1) int maxAttempts,
        @NotNull Duration initialBackoff,
        @DecimalMin("1.0") double multiplier,
        @NotNull Duration maxBackoff,
        @NotNull Duration pollInterval) {

    /** The wait before the next attempt after {@code failedAttempts} failed attempts (at least 1). */
    public Duration backoffAfter(int failedAttempts) {
        double factor = Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        double millis = initialBackoff.toMillis() * factor;
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }

    /** Whether another attempt is allowed after {@code attempts} attempts. */
    public boolean allowsAnotherAttempt(int attempts) {
        return attempts < maxAttempts;
    }

    /**
     * How long an outage can last, from the first failed attempt, before a notification is given
     * up: the sum of every wait the policy allows.
     */
    public Duration outageTolerated() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < maxAttempts; failed++) {
            total = total.plus(backoffAfter(failed));
        }
        return total;
    }
}
