package studio.vive.booking.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per client in fixed time windows. In memory, per instance: good enough to
 * stop one client flooding an endpoint; a shared store would be needed for a strict limit across
 * several instances. One per budget ({@link RequestWindowsFactory}).
 */
public class RequestWindows {

    /** Qualifier of the windows counting booking requests (API and form share one budget). */
    public static final String BOOKINGS = "bookings";
    /** Qualifier of the windows counting staff sign-in attempts. */
    public static final String LOGINS = "logins";

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final RateLimit limit;
    private final Clock clock;

    RequestWindows(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Counts one request of {@code client}.
     *
     * @return how long the client must wait, or {@link Duration#ZERO} when the request may proceed
     */
    public Duration admit(String client) {
        Instant now = clock.instant();
        if (windows.size() >= limit.trackedClients()) {
            evictExpired(now);
        }
        Window window = windows.compute(client, (key, current) ->
                current == null || !now.isBefore(current.ends) ? new Window(now.plus(limit.period()), 1)
                        : new Window(current.ends, current.count + 1));
        if (window.count <= limit.requests()) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.ends);
    }

    private void evictExpired(Instant now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().ends)) {
                it.remove();
            }
        }
        if (windows.size() >= limit.trackedClients()) {
            // still full of live windows: forget them all rather than grow without bound
            windows.clear();
        }
    }

    private record Window(Instant ends, int count) {
    }
}
