package studio.vive.messaging.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code vive.messaging.producer.*}: timeouts of the library's producers (outbox relay, dead
 * letters). Short enough that a broker outage surfaces as a failed send the caller retries with
 * its own backoff and logging, instead of a send that hangs for Kafka's two-minute default.
 *
 * @param deliveryTimeout upper bound on reporting success or failure of one send
 * @param requestTimeout  how long one produce request may wait for the broker
 * @param maxBlock        how long {@code send} may block waiting for metadata or buffer space
 */
@ConfigurationProperties("vive.messaging.producer")
public record ProducerSettings(
        @Bindable(defaultValue = "30s") @NotNull Duration deliveryTimeout,
        @Bindable(defaultValue = "10s") @NotNull Duration requestTimeout,
        @Bindable(defaultValue = "10s") @NotNull Duration maxBlock) {
}
