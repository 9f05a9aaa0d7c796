package studio.vive.booking.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one token from a client's bucket of a budget, in the database every instance shares.
 *
 * <p>When the database cannot be reached the request is let through (fail open), with one WARN
 * per outage rather than one per request. Failing closed would turn a database outage into an
 * outage of staff sign-in, which needs no database; booking requests need the database and are
 * answered 503 anyway while it is down, so a limit would protect nothing there. The cost is that
 * sign-in is unlimited for the length of the outage, still bounded by the cost of bcrypt.
 */
@Singleton
class BucketStore {

    private static final Logger LOG = LoggerFactory.getLogger(BucketStore.class);

    private final ProxyManager<String> buckets;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    BucketStore(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /**
     * Counts one request of {@code client} against {@code budget}.
     *
     * @return empty when it may proceed, otherwise how long the client must wait for a token
     */
    Optional<Duration> take(Budget budget, String client) {
        ConsumptionProbe probe;
        try {
            probe = buckets.builder().build(budget.keyOf(client), budget::configuration).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (unavailable.compareAndSet(false, true)) {
                LOG.warn("Rate limits are not enforced: their database cannot be reached ({}); requests pass unlimited",
                        e.getClass().getSimpleName());
            }
            return Optional.empty();
        }
        if (unavailable.compareAndSet(true, false)) {
            LOG.info("Rate limits are enforced again");
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
