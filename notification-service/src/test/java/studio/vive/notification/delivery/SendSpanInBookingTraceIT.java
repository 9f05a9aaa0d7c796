package studio.vive.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;

/**
 * Issue 17: the SMTP send of a notification is a span of the trace of the lifecycle event's
 * processing that recorded it (the booking's trace), however much later a sender sends it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SendSpanInBookingTraceIT extends ServiceSpec {

    private static final String SPEC = "SendSpanInBookingTraceIT";

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();

    @Inject
    NotificationRepository notifications;
    @Inject
    FinishedSpans finished;

    @Override
    protected String databaseName() {
        return "notification_send_span";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("spec.name", SPEC);
        return properties;
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void theSmtpSendIsASpanOfTheTraceTheNotificationWasRecordedIn() {
        Bookings booking = new Bookings();

        publisher.publish(booking.confirmed());
        onlyMailFor(booking.clientEmail);

        Notification client = notificationsOf(notifications, booking.bookingId).stream()
                .filter(n -> n.recipient().equals(booking.clientEmail)).findFirst().orElseThrow();
        assertNotNull(client.traceParent(), "trace parent recorded with the notification");
        String recordedTrace = client.traceParent().split("-")[1];
        SpanData send = await().atMost(MAIL_TIMEOUT).until(() -> finished.sendOf(client), Optional::isPresent).get();
        assertEquals(recordedTrace, send.getTraceId());
        assertEquals(client.traceParent().split("-")[2], send.getParentSpanId());
        assertEquals(SpanKind.CLIENT, send.getKind());
    }

    /** Collects every finished span of the service (the test's exporter). */
    @Singleton
    @Requires(property = "spec.name", value = SPEC)
    static class FinishedSpans implements SpanExporter {

        private final List<SpanData> spans = new CopyOnWriteArrayList<>();

        Optional<SpanData> sendOf(Notification notification) {
            return spans.stream().filter(span -> span.getName().equals("smtp send"))
                    .filter(span -> notification.id().toString()
                            .equals(span.getAttributes().asMap().entrySet().stream()
                                    .filter(e -> e.getKey().getKey().equals("vive.notification.id"))
                                    .map(e -> String.valueOf(e.getValue())).findFirst().orElse(null)))
                    .findFirst();
        }

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    @Factory
    @Requires(property = "spec.name", value = SPEC)
    static class TestSpanProcessor {

        @Singleton
        SpanProcessor collecting(FinishedSpans spans) {
            return SimpleSpanProcessor.create(spans);
        }
    }
}
