package studio.vive.bench.measure;

import java.time.Instant;
import java.util.Map;
import studio.vive.bench.stack.PlatformService;

/**
 * The platform's work in hand at one moment.
 *
 * @param at                   when it was sampled
 * @param lagByGroup           records published but not yet processed, per consumer group (service)
 * @param bookingOutbox        events booking-service committed but has not yet published
 * @param screeningOutbox      events screening-service committed but has not yet published
 * @param pendingNotifications emails notification-service recorded but has not yet sent
 * @param residentBytes        each service's resident memory at that moment
 */
public record BacklogSample(Instant at, Map<String, Long> lagByGroup, long bookingOutbox, long screeningOutbox,
                            long pendingNotifications, Map<PlatformService, Long> residentBytes) {

    /** Records published but not yet processed, summed over the services' consumer groups. */
    public long consumerLag() {
        return lagByGroup.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Everything not yet done, in events. */
    public long total() {
        return consumerLag() + bookingOutbox + screeningOutbox + pendingNotifications;
    }
}
