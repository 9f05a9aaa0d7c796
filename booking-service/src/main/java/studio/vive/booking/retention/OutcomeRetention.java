package studio.vive.booking.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import studio.vive.booking.time.StudioTime;

/**
 * One batch of retention, in one transaction: outcomes decided longer ago than the retention
 * period lose their client-facing messages (rule ids and tier stay), and referred clients lose
 * their contact details (the referral row stays, for the studio's counts, with no person in it).
 */
@Singleton
class OutcomeRetention {

    private final OutcomeRetentionRepository bookings;
    private final RetentionSettings settings;
    private final StudioTime time;

    OutcomeRetention(OutcomeRetentionRepository bookings, RetentionSettings settings, StudioTime time) {
        this.bookings = bookings;
        this.settings = settings;
        this.time = time;
    }

    /** What one batch changed. */
    record Erased(long reasonMessages, long referredClients) {

        boolean fullBatch(int batchSize) {
            return reasonMessages == batchSize || referredClients == batchSize;
        }
    }

    @Transactional
    Erased eraseBatch() {
        Instant now = time.now();
        Instant cutoff = now.minus(settings.outcomeMessages());
        return new Erased(bookings.eraseReasonMessages(cutoff, now, settings.batchSize()),
                bookings.eraseReferredClients(cutoff, now, settings.batchSize()));
    }
}
