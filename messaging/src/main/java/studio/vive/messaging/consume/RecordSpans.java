package studio.vive.messaging.consume;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import studio.vive.messaging.trace.TraceParent;

/**
 * The span of processing one consumed record: a child of the record's {@code traceparent} header,
 * current on the listener thread while the record is processed, so what the handler appends to
 * the outbox and what it logs carry the same trace. Without an OpenTelemetry SDK (a library test)
 * the upstream span itself is made current, which carries the trace on just the same.
 */
@Singleton
class RecordSpans {

    private static final String INSTRUMENTATION = "studio.vive.messaging";

    private final Tracer tracer;

    RecordSpans(Optional<OpenTelemetry> openTelemetry) {
        this.tracer = openTelemetry.orElse(OpenTelemetry.noop()).getTracer(INSTRUMENTATION);
    }

    /** Starts the record's processing span and makes it current until the returned scope closes. */
    Scope start(ConsumerRecord<String, byte[]> record) {
        Context parent = TraceParent.asParent(traceParent(record));
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
        Scope current = parent.with(span).makeCurrent();
        return () -> {
            current.close();
            span.end();
        };
    }

    private static String traceParent(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(TraceParent.HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
