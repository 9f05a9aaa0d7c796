package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemResponses;
import studio.vive.booking.problem.ProblemType;

/**
 * Limits booking requests ({@code POST /api/bookings}) per client address; excess requests get
 * 429 with {@code Retry-After}. The address honours a trusted proxy header when
 * {@code micronaut.server.client-address-header} is configured.
 */
@ServerFilter(value = "/api/bookings", methods = HttpMethod.POST)
@Requires(property = "vive.booking.rate-limit.enabled", notEquals = "false")
class BookingRateLimitFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BookingRateLimitFilter.class);

    private final ClientLimiter limiter;

    BookingRateLimitFilter(@Named(RequestWindows.BOOKINGS) ClientLimiter limiter) {
        this.limiter = limiter;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        return limiter.refusal(request).<HttpResponse<?>>map(wait -> {
            LOG.warn("Booking requests from one client exceed the limit; refusing for {} s", wait.toSeconds());
            return ProblemResponses.response(new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                            "Too many booking requests from your address. Please wait and try again."), request.getPath())
                    .header(HttpHeaders.RETRY_AFTER, ClientLimiter.retryAfter(wait));
        }).orElse(null);
    }
}
