package studio.vive.notification.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.notification.delivery.NotificationRepository;

/**
 * Erases the rendered bodies and invites of notifications once delivery is over and the retention
 * period has passed, keeping the delivery log (kind, recipient, status, attempts, timestamps). A
 * PENDING notification keeps its bodies whatever its age: it still has to be sent.
 */
@Singleton
public class BodyEraser {

    private static final Logger LOG = LoggerFactory.getLogger(BodyEraser.class);

    private final NotificationRepository notifications;
    private final BodyRetention retention;
    private final Clock clock;

    public BodyEraser(NotificationRepository notifications, BodyRetention retention, Clock clock) {
        this.notifications = notifications;
        this.retention = retention;
        this.clock = clock;
    }

    /** Erases every expired body, one short transaction per batch. */
    @Scheduled(fixedDelay = "${vive.notification.retention.sweep-interval}",
            initialDelay = "${vive.notification.retention.sweep-interval}")
    public void eraseExpired() {
        try {
            long erased = retention.drain(this::eraseBatch);
            if (erased > 0) {
                LOG.info("Erased the bodies of {} delivered notification(s) older than {}", erased,
                        retention.keepBodiesFor());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not erase expired notification bodies ({}); retrying at the next sweep",
                    e.getClass().getSimpleName());
        }
    }

    @Transactional
    long eraseBatch() {
        Instant now = clock.instant();
        return notifications.eraseBodiesRecordedBefore(now.minus(retention.keepBodiesFor()), now,
                retention.batchSize());
    }
}
