package studio.vive.booking.ratelimit;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Duration;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemResponses;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.web.ErrorPages;

/**
 * The 429 answered to a client over its budget, with {@code Retry-After}: problem+json on an API
 * route, a readable page on a page route (one that produces text/html).
 */
@Singleton
class Refusals {

    private final ErrorPages errorPages;

    Refusals(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    MutableHttpResponse<?> refuse(HttpRequest<?> request, NamedLimit limit, Duration wait) {
        if (LimitedRoutes.servesPages(request)) {
            return errorPages.tooManyRequests(request, limit.pageTitle(), limit.pageReason(), wait);
        }
        return ProblemResponses.response(new ProblemException(ProblemType.TOO_MANY_REQUESTS, limit.detail()), request.getPath())
                .header(HttpHeaders.RETRY_AFTER, RetryAfter.header(wait));
    }
}
