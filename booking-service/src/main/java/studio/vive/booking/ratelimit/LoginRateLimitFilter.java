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
 * Limits staff sign-in attempts on the API ({@code POST /login}) per client address, sharing one
 * budget with the sign-in page: excess attempts get 429 with {@code Retry-After}, so a password
 * cannot be guessed at speed.
 */
@ServerFilter(value = "/login", methods = HttpMethod.POST)
@Requires(property = "vive.staff.login-rate-limit.enabled", notEquals = "false")
class LoginRateLimitFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginRateLimitFilter.class);

    private final ClientLimiter limiter;

    LoginRateLimitFilter(@Named(RequestWindows.LOGINS) ClientLimiter limiter) {
        this.limiter = limiter;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        return limiter.refusal(request).<HttpResponse<?>>map(wait -> {
            LOG.warn("Sign-in attempts from one client exceed the limit; refusing for {} s", wait.toSeconds());
            return ProblemResponses.response(new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                            "Too many sign-in attempts from your address. Please wait and try again."), request.getPath())
                    .header(HttpHeaders.RETRY_AFTER, ClientLimiter.retryAfter(wait));
        }).orElse(null);
    }
}
