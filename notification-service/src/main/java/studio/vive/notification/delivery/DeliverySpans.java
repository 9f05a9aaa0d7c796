package studio.vive.notification.delivery;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.util.Optional;
import studio.vive.messaging.trace.TraceParent;

/**
 * The span of one SMTP send: a child of the processing of the lifecycle event that recorded the
 * notification ({@link Notification#traceParent()}), so the email is part of the booking's one
 * trace, however much later a sender thread gets to it. Current while the email is sent, so what is
 * logged meanwhile carries the booking's trace id.
 */
@Singleton
class DeliverySpans {

    private static final String INSTRUMENTATION = "studio.vive.notification.delivery";

    private final Tracer tracer;

    DeliverySpans(Optional<OpenTelemetry> openTelemetry) {
        this.tracer = openTelemetry.orElse(OpenTelemetry.noop()).getTracer(INSTRUMENTATION);
    }

    /** Starts the send span of {@code notification}; it is current and ends when the scope closes. */
    Scope sending(Notification notification) {
        Context parent = TraceParent.asParent(notification.traceParent());
        Span span = tracer.spanBuilder("smtp send")
                .setParent(parent)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("vive.notification.id", notification.id().toString())
                .setAttribute("vive.notification.kind", notification.kind().name())
                .setAttribute("vive.booking.id", notification.bookingId().toString())
                .setAttribute("vive.notification.attempt", notification.attempts())
                .startSpan();
        Scope current = parent.with(span).makeCurrent();
        return () -> {
            current.close();
            span.end();
        };
    }

    /** Makes the booking's trace current again, for what is logged about the attempt after its commit. */
    Scope inTraceOf(Notification notification) {
        return TraceParent.asParent(notification.traceParent()).makeCurrent();
    }
}
