package studio.vive.messaging.trace;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The W3C trace context ({@code traceparent}) that carries one booking's trace across the outbox
 * and Kafka: stored in {@code outbox.trace_parent} by {@code Outbox.append}, sent as the record
 * header {@value #HEADER} by the relay, and continued by {@code InboundEvents} on the consuming side.
 */
public final class TraceParent {

    /** The Kafka record header (and W3C field) name. */
    public static final String HEADER = "traceparent";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceParent() {
    }

    /** The traceparent of the current context, or null when no valid span is current. */
    public static String ofCurrentContext() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * A root context whose remote parent span is {@code traceParent}; the root context itself when
     * {@code traceParent} is null or malformed (a header is not trusted to be well-formed).
     */
    public static Context asParent(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceParent, SingleField.INSTANCE);
    }

    /** Reads the one traceparent value as the carrier. */
    private enum SingleField implements TextMapGetter<String> {
        INSTANCE;

        @Override
        public Iterable<String> keys(String carrier) {
            return Set.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    }
}
