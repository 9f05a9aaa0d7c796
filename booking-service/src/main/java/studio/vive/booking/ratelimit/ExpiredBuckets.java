package studio.vive.booking.ratelimit;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the buckets that are full again ({@code expires_at} passed), so the table holds only the
 * clients that used part of their budget within one period, however many addresses ever called.
 * Every instance runs it; the deletes skip rows another instance has locked.
 */
@Singleton
class ExpiredBuckets {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredBuckets.class);

    private final ExpiredEntriesCleaner buckets;
    private final BucketStoreSettings settings;

    ExpiredBuckets(ExpiredEntriesCleaner buckets, BucketStoreSettings settings) {
        this.buckets = buckets;
        this.settings = settings;
    }

    /**
     * Deletes expired buckets in batches until a batch comes back short.
     *
     * @return how many were deleted
     */
    @Scheduled(fixedDelay = "${vive.rate-limit.store.cleanup-interval}", initialDelay = "${vive.rate-limit.store.cleanup-interval}")
    int removeExpired() {
        int removed = 0;
        int batch;
        try {
            do {
                batch = buckets.removeExpired(settings.cleanupBatch());
                removed += batch;
            } while (batch == settings.cleanupBatch());
        } catch (RuntimeException e) {
            // the next run tries again; a database outage is reported by the service's health check
            LOG.warn("Expired rate-limit buckets not deleted: {}", e.getClass().getSimpleName());
        }
        if (removed > 0) {
            LOG.debug("Deleted {} expired rate-limit buckets", removed);
        }
        return removed;
    }
}
