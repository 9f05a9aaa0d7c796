package studio.vive.booking.web.booking;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.ratelimit.ClientLimiter;
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

    private final ClientLimiter limiter;
    private final ErrorPages errorPages;

    BookingFormRateLimit(@Named(RequestWindows.BOOKINGS) ClientLimiter limiter, ErrorPages errorPages) {
        this.limiter = limiter;
        this.errorPages = errorPages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        return limiter.refusal(request).<HttpResponse<?>>map(wait -> {
            LOG.warn("Booking form posts from one client exceed the limit; refusing for {} s", wait.toSeconds());
            return errorPages.tooManyRequests(request, "Too many booking attempts",
                    "For everyone's safety we limit how often one address can book.", wait);
        }).orElse(null);
    }
}
