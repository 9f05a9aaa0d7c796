package studio.vive.booking.web.staff;

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
 * The staff sign-in page counts against the same per-address budget as {@code POST /login}, and
 * says so on a page rather than in JSON.
 */
@ServerFilter(value = "/staff/login", methods = HttpMethod.POST)
@Requires(property = "vive.staff.login-rate-limit.enabled", notEquals = "false")
class StaffLoginRateLimit {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoginRateLimit.class);

    private final ClientLimiter limiter;
    private final ErrorPages errorPages;

    StaffLoginRateLimit(@Named(RequestWindows.LOGINS) ClientLimiter limiter, ErrorPages errorPages) {
        this.limiter = limiter;
        this.errorPages = errorPages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        return limiter.refusal(request).<HttpResponse<?>>map(wait -> {
            LOG.warn("Sign-in page posts from one client exceed the limit; refusing for {} s", wait.toSeconds());
            return errorPages.tooManyRequests(request, "Too many sign-in attempts",
                    "To protect staff accounts we limit how often one address can try to sign in.", wait);
        }).orElse(null);
    }
}
