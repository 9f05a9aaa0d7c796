package studio.vive.kit.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Mirrors the trace id of the OpenTelemetry context current on the logging thread into the MDC
 * key {@value #TRACE_ID} just before a line is logged, so the text layout and the JSON lines both
 * show it. The context is what the HTTP server span, a consumed record's span or a delivery's span
 * made current; Micronaut carries it to the threads a request moves to. Nothing is logged by this
 * filter itself, and it never decides whether a line is logged ({@link FilterReply#NEUTRAL}).
 *
 * <p>Logback asks turbo filters about every call, also the debug calls of a logger set to info:
 * those are answered at once (a field read), so disabled lines cost no context lookup.
 */
public final class TraceIdTurboFilter extends TurboFilter {

    /** The MDC key of the 32-hex-digit W3C trace id. */
    public static final String TRACE_ID = "traceId";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            String traceId = span.getTraceId();
            if (!traceId.equals(MDC.get(TRACE_ID))) {
                MDC.put(TRACE_ID, traceId);
            }
        } else if (MDC.get(TRACE_ID) != null) {
            MDC.remove(TRACE_ID);
        }
        return FilterReply.NEUTRAL;
    }
}
