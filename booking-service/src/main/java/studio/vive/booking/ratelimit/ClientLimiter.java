package studio.vive.booking.ratelimit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import java.time.Duration;
import java.util.Optional;

/**
 * One budget of requests per client address, as the rate-limit filters use it. The address honours
 * a trusted proxy header when {@code micronaut.server.client-address-header} is configured.
 */
public final class ClientLimiter {

    private static final String UNKNOWN_CLIENT = "unknown";
    private static final long SECONDS_PER_MINUTE = 60;

    private final RequestWindows windows;
    private final HttpClientAddressResolver addresses;

    ClientLimiter(RequestWindows windows, HttpClientAddressResolver addresses) {
        this.windows = windows;
        this.addresses = addresses;
    }

    /** Counts {@code request}; empty when it may proceed, otherwise how long its client must wait. */
    public Optional<Duration> refusal(HttpRequest<?> request) {
        String client = addresses.resolve(request);
        Duration wait = windows.admit(client == null ? UNKNOWN_CLIENT : client);
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** The {@code Retry-After} value of a wait: whole seconds, at least one. */
    public static String retryAfter(Duration wait) {
        return Long.toString(Math.max(1, wait.toSeconds()));
    }

    /** A wait in whole minutes, rounded up, at least one: how a page says it. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE);
    }
}
