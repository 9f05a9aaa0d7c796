package studio.vive.kit.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The one log layout of the services (logback-vive.xml), text by default and JSON on request. */
class LogLayoutTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";
    private static final String BOOKING_ID = UUID.randomUUID().toString();
    private static final Pattern TEXT_LINE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) INFO  spec-service "
                    + "traceId=" + TRACE_ID + " bookingId=" + BOOKING_ID + " eventId= \\[[^]]+] "
                    + "studio\\.vive\\.spec\\.Bookings - booking accepted");

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void aTextLineAboutABookingHasDateTimeWithZoneLevelServiceTraceIdBookingIdThenTheMessage() throws Exception {
        List<String> lines = logAboutABooking(null);

        assertEquals(1, lines.size(), lines.toString());
        assertTrue(TEXT_LINE.matcher(lines.get(0)).matches(), lines.get(0));
    }

    @Test
    void aLineOutsideAnyTraceHasAnEmptyTraceId() throws Exception {
        try (CapturedLog log = new CapturedLog(null)) {
            log.logger().info("relay active");

            String line = log.lines().get(0);
            assertTrue(line.contains(" INFO  spec-service traceId= bookingId= eventId= ["), line);
        }
    }

    @Test
    void theTraceIdLeavesTheLinesWhenItsContextIsClosed() throws Exception {
        try (CapturedLog log = new CapturedLog(null)) {
            try (Scope ignored = currentTrace()) {
                log.logger().info("inside");
            }
            log.logger().info("outside");

            List<String> lines = log.lines();
            assertTrue(lines.get(0).contains("traceId=" + TRACE_ID), lines.get(0));
            assertTrue(lines.get(1).contains("traceId= "), lines.get(1));
        }
    }

    @Test
    void logFormatJsonWritesOneJsonObjectPerLineWithTheSameFields() throws Exception {
        List<String> lines = logAboutABooking("json");

        assertEquals(1, lines.size(), lines.toString());
        JsonNode line = ObjectMapper.getDefault().readValue(lines.get(0), JsonNode.class);
        assertTrue(line.get("timestamp").isNumber());
        assertEquals("INFO", line.get("level").getStringValue());
        assertEquals("spec-service", line.get("context").get("name").getStringValue());
        assertEquals(TRACE_ID, line.get("mdc").get("traceId").getStringValue());
        assertEquals(BOOKING_ID, line.get("mdc").get("bookingId").getStringValue());
        assertEquals("booking accepted", line.get("formattedMessage").getStringValue());
        assertFalse(lines.get(0).contains("\"arguments\""), "arguments would repeat the message");
    }

    private static List<String> logAboutABooking(String logFormat) throws Exception {
        try (CapturedLog log = new CapturedLog(logFormat); Scope ignored = currentTrace()) {
            MDC.put("bookingId", BOOKING_ID);
            log.logger().info("booking {}", "accepted");
            return log.lines();
        }
    }

    private static Scope currentTrace() {
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
        return Span.wrap(span).makeCurrent();
    }
}
