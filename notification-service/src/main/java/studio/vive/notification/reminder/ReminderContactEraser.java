package studio.vive.notification.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.notification.retention.BodyRetention;

/**
 * Applies the notification bodies' retention rule to reminders: the client's name, address and
 * manage link are erased once the reminder will not be sent any more and the retention period
 * since it was scheduled has passed. The rendered reminder itself is a notification, erased by
 * {@code BodyEraser}.
 */
@Singleton
public class ReminderContactEraser {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderContactEraser.class);

    private final ReminderRepository reminders;
    private final BodyRetention retention;
    private final Clock clock;

    public ReminderContactEraser(ReminderRepository reminders, BodyRetention retention, Clock clock) {
        this.reminders = reminders;
        this.retention = retention;
        this.clock = clock;
    }

    /** Erases every expired reminder's contact data, one short transaction per batch. */
    @Scheduled(fixedDelay = "${vive.notification.retention.sweep-interval}",
            initialDelay = "${vive.notification.retention.sweep-interval}")
    public void eraseExpired() {
        try {
            long erased = retention.drain(this::eraseBatch);
            if (erased > 0) {
                LOG.info("Erased the contact data of {} settled reminder(s)", erased);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not erase expired reminder contacts ({}); retrying at the next sweep",
                    e.getClass().getSimpleName());
        }
    }

    @Transactional
    long eraseBatch() {
        Instant now = clock.instant();
        return reminders.eraseContactsScheduledBefore(now.minus(retention.keepBodiesFor()), now,
                retention.batchSize());
    }
}
