package studio.vive.messaging.consume;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code vive.inbound.*}: how {@link InboundEvents} retries.
 *
 * @param transientInitialBackoff first wait after a transient failure (database or Kafka down)
 * @param transientMaxBackoff     cap of the exponential backoff between transient retries
 * @param transientRetryBudget    how long one call keeps retrying before it throws
 *                                {@link ProcessingDeferredException} so the listener's error strategy
 *                                re-polls the record; must stay well below the consumer's
 *                                {@code max.poll.interval.ms} (default 5 min) or the consumer is
 *                                evicted from its group while it waits
 * @param handlerAttempts         attempts for a permanent (non-transient) failure before dead-lettering
 * @param handlerRetryDelay       wait between those attempts
 */
@ConfigurationProperties("vive.inbound")
public record InboundConfiguration(
        @Bindable(defaultValue = "200ms") @NotNull Duration transientInitialBackoff,
        @Bindable(defaultValue = "10s") @NotNull Duration transientMaxBackoff,
        @Bindable(defaultValue = "60s") @NotNull Duration transientRetryBudget,
        @Bindable(defaultValue = "3") @Min(1) int handlerAttempts,
        @Bindable(defaultValue = "200ms") @NotNull Duration handlerRetryDelay) {
}
