package studio.vive.kit.tracing;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Exports spans over OTLP exactly when {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or
 * {@code otel.exporter.otlp.endpoint}) is set. Otherwise spans are still created, so the W3C trace
 * context flows through HTTP, the outbox and Kafka and the logs show one trace id per booking, but
 * no exporter runs ({@code otel.traces.exporter=none}, Micronaut's default).
 *
 * <p>An explicitly chosen exporter ({@code OTEL_TRACES_EXPORTER} other than {@code none}) is
 * left as it is.
 */
@Singleton
class OtlpExportSwitch implements OpenTelemetryBuilderCustomizer {

    static final String ENDPOINT = "otel.exporter.otlp.endpoint";
    static final String TRACES_EXPORTER = "otel.traces.exporter";
    private static final String NONE = "none";
    private static final String OTLP = "otlp";

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addPropertiesCustomizer(OtlpExportSwitch::exporter);
    }

    /** The exporter override for {@code config}: OTLP when an endpoint is set and no exporter chosen. */
    static Map<String, String> exporter(ConfigProperties config) {
        String endpoint = config.getString(ENDPOINT);
        String exporter = config.getString(TRACES_EXPORTER, NONE);
        if (endpoint != null && !endpoint.isBlank() && NONE.equals(exporter)) {
            return Map.of(TRACES_EXPORTER, OTLP);
        }
        return Map.of();
    }
}
