package studio.vive.messaging.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code vive.outbox.*}: how the {@link OutboxRelay} runs.
 *
 * @param enabled            whether this instance runs a relay at all
 * @param datasource         the Micronaut datasource whose outbox is relayed; the relay opens its own
 *                           connection from {@code datasources.<name>.url/username/password}
 * @param fallbackPoll       how often the relay looks at the outbox without a NOTIFY (a safety net:
 *                           commits wake it immediately)
 * @param batchSize          rows published per round trip
 * @param initialBackoff     first wait after Kafka or PostgreSQL failed
 * @param maxBackoff         cap of the exponential backoff; the relay retries forever
 * @param lockKey            the {@code pg_try_advisory_lock} key that makes one relay per database active
 * @param ackTimeout         how long the relay waits for Kafka to acknowledge one batch
 * @param sessionTimeout     how long one statement on the relay's session may wait for PostgreSQL
 *                           before the session is considered dead and reopened (a silent network
 *                           loss would otherwise stall the relay until TCP gives up)
 * @param depthCache         how long one count of the outbox serves the {@code vive.outbox.depth} gauge
 * @param peerLossTimeout    how soon PostgreSQL itself drops the relay's session once the relay's end
 *                           stopped answering (TCP keepalive and user timeout set for that session):
 *                           the advisory lock goes with the session, so a standby relay takes over
 *                           within about this time instead of after the server's default of ~2 h
 */
@ConfigurationProperties("vive.outbox")
public record OutboxConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "default") @NotBlank String datasource,
        @Bindable(defaultValue = "5s") @NotNull Duration fallbackPoll,
        @Bindable(defaultValue = "200") @Min(1) int batchSize,
        @Bindable(defaultValue = "200ms") @NotNull Duration initialBackoff,
        @Bindable(defaultValue = "30s") @NotNull Duration maxBackoff,
        @Bindable(defaultValue = "7317170601") long lockKey,
        @Bindable(defaultValue = "60s") @NotNull Duration ackTimeout,
        @Bindable(defaultValue = "30s") @NotNull Duration sessionTimeout,
        @Bindable(defaultValue = "1s") @NotNull Duration depthCache,
        @Bindable(defaultValue = "30s") @NotNull Duration peerLossTimeout) {
}
