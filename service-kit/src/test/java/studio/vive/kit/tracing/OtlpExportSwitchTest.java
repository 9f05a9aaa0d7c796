package studio.vive.kit.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spans leave the service over OTLP only when an OTLP endpoint is configured. */
class OtlpExportSwitchTest {

    @Test
    void withoutAnEndpointNoExporterRuns() {
        assertEquals(Map.of(), OtlpExportSwitch.exporter(config(Map.of("otel.traces.exporter", "none"))));
    }

    @Test
    void anEndpointTurnsOnTheOtlpExporter() {
        Map<String, String> settings = Map.of("otel.traces.exporter", "none",
                "otel.exporter.otlp.endpoint", "http://collector:4318");

        assertEquals(Map.of("otel.traces.exporter", "otlp"), OtlpExportSwitch.exporter(config(settings)));
    }

    @Test
    void anExplicitlyChosenExporterIsKept() {
        Map<String, String> settings = Map.of("otel.traces.exporter", "zipkin",
                "otel.exporter.otlp.endpoint", "http://collector:4318");

        assertEquals(Map.of(), OtlpExportSwitch.exporter(config(settings)));
    }

    private static DefaultConfigProperties config(Map<String, String> settings) {
        return DefaultConfigProperties.createFromMap(settings);
    }
}
