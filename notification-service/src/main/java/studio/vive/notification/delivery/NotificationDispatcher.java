package studio.vive.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends pending notifications: claim (one transaction), SMTP, record the outcome (another
 * transaction).
 *
 * <p><b>The remaining window.</b> Between the SMTP server accepting an email (its 250 reply to
 * DATA, when {@code Transport.send} returns) and the commit of the SENT update, a crash, a
 * lost connection or a database outage leaves the notification PENDING although it was sent.
 * Once its lease ends it is sent again, with the same Message-ID, so receiving mail systems
 * and clients can recognise and drop the duplicate. This window cannot be closed: SMTP has no
 * two-phase commit. It is kept as small as possible (nothing but one UPDATE by primary key
 * happens in it) and is measured by the {@value #UNCONFIRMED_WINDOW} timer.
 */
@Singleton
public class NotificationDispatcher {

    /** Timer: from the SMTP server's acceptance to the commit of the SENT update. */
    public static final String UNCONFIRMED_WINDOW = "vive.notification.unconfirmed.window";

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final DeliveryQueue queue;
    private final SmtpMailer mailer;
    private final MeterRegistry meters;
    private final Timer unconfirmedWindow;
    private volatile boolean stopping;

    public NotificationDispatcher(DeliveryQueue queue, SmtpMailer mailer, MeterRegistry meters) {
        this.queue = queue;
        this.mailer = mailer;
        this.meters = meters;
        this.unconfirmedWindow = Timer.builder(UNCONFIRMED_WINDOW)
                .description("Time between SMTP acceptance and the commit of SENT: the duplicate-send window")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Sends every notification due now, in batches, until none is due. */
    @Scheduled(fixedDelay = "${vive.notification.delivery.poll-interval}",
            initialDelay = "${vive.notification.delivery.poll-interval}")
    public void dispatchDue() {
        try {
            List<Notification> claimed;
            do {
                if (stopping) {
                    return;
                }
                claimed = queue.claimDue();
                claimed.forEach(this::deliver);
            } while (!claimed.isEmpty());
        } catch (RuntimeException e) {
            // Database unavailable: nothing was sent that is not recorded; the next poll retries.
            LOG.warn("Could not poll pending notifications ({}); retrying at the next poll", e.getClass().getSimpleName());
        }
    }

    /**
     * Claims nothing more once the service is stopping (claimed notifications are finished); what
     * is still pending is sent after the restart.
     */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        stopping = true;
    }

    private void deliver(Notification notification) {
        MDC.put("bookingId", notification.bookingId().toString());
        MDC.put("notificationId", notification.id().toString());
        try {
            try {
                mailer.send(notification);
            } catch (DeliveryFailure failure) {
                recordFailure(notification, failure);
                return;
            }
            long acceptedAt = System.nanoTime();
            // Window start: the email is out. A crash before recordSent commits means a resend
            // (same Message-ID) after the lease.
            queue.recordSent(notification.id());
            unconfirmedWindow.record(System.nanoTime() - acceptedAt, java.util.concurrent.TimeUnit.NANOSECONDS);
            meters.counter("vive.notification.sent", "kind", notification.kind().name()).increment();
            LOG.info("Sent {} notification {} (attempt {})", notification.kind(), notification.id(),
                    notification.attempts());
        } finally {
            MDC.remove("bookingId");
            MDC.remove("notificationId");
        }
    }

    private void recordFailure(Notification notification, DeliveryFailure failure) {
        NotificationStatus outcome = queue.recordFailure(notification, failure);
        if (outcome == NotificationStatus.FAILED) {
            meters.counter("vive.notification.failed", "kind", notification.kind().name()).increment();
            LOG.error("Gave up {} notification {} after attempt {}: {}", notification.kind(), notification.id(),
                    notification.attempts(), failure.category());
        } else {
            meters.counter("vive.notification.retried", "kind", notification.kind().name()).increment();
            LOG.warn("Attempt {} of {} notification {} failed ({}); will retry", notification.attempts(),
                    notification.kind(), notification.id(), failure.category());
        }
    }
}
