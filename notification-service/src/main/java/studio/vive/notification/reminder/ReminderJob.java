package studio.vive.notification.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for due reminders every {@code vive.notification.reminders.poll-interval}. A reminder
 * that fell due while the service was down is found at the first run after the start.
 */
@Singleton
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderIssuer issuer;
    private final ReminderSettings settings;

    public ReminderJob(ReminderIssuer issuer, ReminderSettings settings) {
        this.issuer = issuer;
        this.settings = settings;
    }

    /** Issues every due reminder, a batch per transaction. */
    @Scheduled(fixedDelay = "${vive.notification.reminders.poll-interval}")
    public void run() {
        try {
            int batch;
            do {
                batch = issuer.issueDue();
            } while (batch == settings.batchSize());
        } catch (RuntimeException e) {
            // The database may be down: the reminders stay due and the next run picks them up.
            LOG.warn("Could not issue due reminders ({}); retrying at the next run", e.getClass().getSimpleName());
        }
    }
}
