package studio.vive.screening.decision;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import studio.vive.contracts.Tier;

/** {@code vive.screening.decisions{tier}}: decisions made, by tier (no rule ids: they would describe health). */
@Singleton
class DecisionMetrics {

    private final MeterRegistry registry;

    DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void decided(Tier tier) {
        registry.counter("vive.screening.decisions", "tier", tier.name()).increment();
    }
}
