package studio.vive.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Outbox meters: {@code vive.outbox.depth} (rows waiting), {@code vive.outbox.published} (records
 * Kafka acknowledged) and {@code vive.outbox.lag} (commit to acknowledgement).
 */
@Singleton
@Requires(beans = MeterRegistry.class)
@Requires(property = "vive.outbox.enabled", notEquals = "false")
class OutboxMetrics implements RelayObserver {

    private final Counter published;
    private final Timer lag;

    OutboxMetrics(MeterRegistry registry, OutboxDepth depth) {
        Gauge.builder("vive.outbox.depth", depth, OutboxDepth::rows)
                .description("Outbox rows waiting to be published to Kafka").register(registry);
        this.published = Counter.builder("vive.outbox.published")
                .description("Outbox rows published to Kafka and acknowledged").register(registry);
        this.lag = Timer.builder("vive.outbox.lag")
                .description("Time from outbox insert to Kafka acknowledgement").register(registry);
    }

    @Override
    public void published(Instant createdAt, Instant acknowledgedAt) {
        published.increment();
        lag.record(Duration.between(createdAt, acknowledgedAt));
    }
}
