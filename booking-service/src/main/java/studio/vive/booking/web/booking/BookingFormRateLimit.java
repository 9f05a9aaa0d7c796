package studio.vive.booking.web.booking;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Named;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.ratelimit.RequestWindows;
import studio.vive.booking.web.ErrorPages;

/**
 * The booking form counts against the same per-address limit as {@code POST /api/bookings}
 * (one budget per client, however it books), and says so on a page rather than in JSON.
 */
@ServerFilter(value = "/book", methods = HttpMethod.POST)
@Requires(property = "vive.booking.rate-limit.enabled", notEquals = "false")
class BookingFormRateLimit {

    private static final Logger LOG = LoggerFactory.getLogger(BookingFormRateLimit.class);
    private static final long SECONDS_PER_MINUTE = 60;

    private final RequestWindows windows;
    private final HttpClientAddressResolver addresses;
    private final ErrorPages errorPages;

    BookingFormRateLimit(@Named(RequestWindows.BOOKINGS) RequestWindows windows, HttpClientAddressResolver addresses, ErrorPages errorPages) {
        this.windows = windows;
        this.addresses = addresses;
        this.errorPages = errorPages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        String client = addresses.resolve(request);
        Duration wait = windows.admit(client == null ? "unknown" : client);
        if (wait.isZero()) {
            return null;
        }
        LOG.warn("Booking form posts from one client exceed the rate limit; refusing for {} s", wait.toSeconds());
        long minutes = Math.max(1, (wait.toSeconds() + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE);
        return errorPages.page(request, HttpStatus.TOO_MANY_REQUESTS, "Too many booking attempts",
                        "For everyone's safety we limit how often one address can book. Please wait "
                                + (minutes == 1 ? "a minute" : minutes + " minutes") + " and try again.")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
    }
}
