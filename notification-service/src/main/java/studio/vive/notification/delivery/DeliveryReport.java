package studio.vive.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a committed delivery attempt: a counter per outcome and kind
 * ({@code vive.notification.sent}, {@code .failed}, {@code .retried}), the duplicate-send window
 * ({@value #UNCONFIRMED_WINDOW}) and one log line (ids, kind and failure category only).
 */
@Singleton
class DeliveryReport {

    /** Timer: from the SMTP server's acceptance to the commit of the SENT update. */
    static final String UNCONFIRMED_WINDOW = "vive.notification.unconfirmed.window";

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReport.class);

    private final MeterRegistry meters;
    private final Timer unconfirmedWindow;

    DeliveryReport(MeterRegistry meters) {
        this.meters = meters;
        this.unconfirmedWindow = Timer.builder(UNCONFIRMED_WINDOW)
                .description("Time between SMTP acceptance and the commit of SENT: the duplicate-send window")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Reports {@code result}; called right after its transaction committed. */
    void committed(AttemptResult result) {
        switch (result.outcome()) {
            case SENT -> sent(result);
            case FAILED -> failed(result);
            case PENDING -> retried(result);
        }
    }

    private void sent(AttemptResult result) {
        Notification notification = result.notification();
        String kind = notification.kind().name();
        result.acceptedAt().ifPresent(acceptedAt ->
                unconfirmedWindow.record(System.nanoTime() - acceptedAt, TimeUnit.NANOSECONDS));
        meters.counter("vive.notification.sent", "kind", kind).increment();
        LOG.info("Sent {} notification {} (attempt {})", kind, notification.id(), notification.attempts());
    }

    private void failed(AttemptResult result) {
        Notification notification = result.notification();
        String kind = notification.kind().name();
        meters.counter("vive.notification.failed", "kind", kind).increment();
        LOG.error("Gave up {} notification {} after attempt {}: {}", kind, notification.id(),
                notification.attempts(), result.failure().category());
    }

    private void retried(AttemptResult result) {
        Notification notification = result.notification();
        String kind = notification.kind().name();
        meters.counter("vive.notification.retried", "kind", kind).increment();
        LOG.warn("Attempt {} of {} notification {} failed ({}); will retry", notification.attempts(), kind,
                notification.id(), result.failure().category());
    }
}
