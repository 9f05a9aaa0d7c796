package studio.vive.booking.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link OutcomeRetention} on a schedule until nothing is due. Several instances may sweep at
 * once: each batch locks its rows with SKIP LOCKED, so they share the work.
 */
@Singleton
public class RetentionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

    private final OutcomeRetention retention;
    private final RetentionSettings settings;

    RetentionSweep(OutcomeRetention retention, RetentionSettings settings) {
        this.retention = retention;
        this.settings = settings;
    }

    /** Applies the retention period to every booking that is due. */
    @Scheduled(fixedDelay = "${vive.booking.retention.sweep-interval}",
            initialDelay = "${vive.booking.retention.sweep-interval}")
    public void sweep() {
        try {
            long messages = 0;
            long clients = 0;
            OutcomeRetention.Erased batch;
            do {
                batch = retention.eraseBatch();
                messages += batch.reasonMessages();
                clients += batch.referredClients();
            } while (batch.fullBatch(settings.batchSize()));
            if (messages + clients > 0) {
                LOG.info("Retention: erased the reason messages of {} outcome(s) and the contact details of {} "
                        + "referred client(s) decided more than {} ago", messages, clients, settings.outcomeMessages());
            }
        } catch (RuntimeException e) {
            // the next sweep retries; the exception's message could quote a row, so only its type
            LOG.warn("Retention sweep failed ({}); retrying at the next sweep", e.getClass().getSimpleName());
        }
    }
}
