package studio.vive.booking.web.csrf;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.WebSettings;
import studio.vive.kit.problem.Problem;

/**
 * Refuses any request that changes something unless it proves it comes from our own page
 * ({@link CsrfTokens}): a page form posts the token in a hidden field, a page script in a header.
 *
 * <p>The JSON API is left to its bearer tokens: a bearer token is never sent by a browser on its
 * own, and a cross-site form cannot send JSON. Only when an API request rides on a staff session
 * cookie must it carry the token too; it rides on its bearer token only when that token
 * authenticated it (any other {@code Authorization} header, or a bearer token that did not
 * validate, leaves the cookie as the credential).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    private static final String API_PREFIX = "/api/";
    private static final Set<String> API_SIGN_IN_OUT = Set.of("/login", "/logout");
    private static final String BEARER = "Bearer ";

    private final CsrfTokens tokens;
    private final FilterBodyParser bodies;
    private final ErrorPages errorPages;
    private final WebSettings settings;
    private final Executor afterBodyRead;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodies, ErrorPages errorPages, WebSettings settings,
               @Named(TaskExecutors.BLOCKING) Executor afterBodyRead) {
        this.tokens = tokens;
        this.bodies = bodies;
        this.errorPages = errorPages;
        this.settings = settings;
        this.afterBodyRead = afterBodyRead;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request,
                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (SAFE.contains(request.getMethod())) {
            return chain.proceed();
        }
        String path = request.getPath();
        if (path.startsWith(API_PREFIX) || API_SIGN_IN_OUT.contains(path)) {
            boolean ridesOnSession = request.getCookies().contains(settings.staffSessionCookie())
                    && !authenticatedByBearer(request);
            if (!ridesOnSession || tokens.isValid(request, request.getHeaders().get(CsrfTokens.HEADER))) {
                return chain.proceed();
            }
            return refuse(request);
        }
        if (tokens.isValid(request, request.getHeaders().get(CsrfTokens.HEADER))) {
            return chain.proceed();
        }
        boolean form = request.getContentType().map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        if (!form) {
            return refuse(request);
        }
        // Go on only after the body reader's completion callback has returned: proceeding inside it
        // makes the route read the same shared body buffer re-entrantly, which this Micronaut 4.10
        // build does not survive (an AssertionError in BaseSharedBuffer.subscribeFull0 under -ea,
        // a 500 for the form; fixed upstream in micronaut-core PR #12646).
        return Mono.fromFuture(bodies.parseBody(request).thenApplyAsync(fields -> fields, afterBodyRead))
                .mapNotNull(CsrfFilter::fieldOf)
                .filter(token -> tokens.isValid(request, token))
                .flatMap(valid -> Mono.from(chain.proceed()))
                .switchIfEmpty(Mono.defer(() -> Mono.from(refuse(request))));
    }

    /**
     * Whether a valid bearer token authenticated the request. Micronaut Security takes the bearer
     * header before the session cookie when both are sent, so a request that carries a bearer
     * token and is authenticated was authenticated by it.
     */
    private static boolean authenticatedByBearer(HttpRequest<?> request) {
        boolean bearer = request.getHeaders().getAuthorization()
                .map(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length())).orElse(false);
        return bearer && request.getUserPrincipal().isPresent();
    }

    private static String fieldOf(Map<String, Object> fields) {
        Object value = fields.get(CsrfTokens.FIELD);
        return value instanceof String token ? token : null;
    }

    private Publisher<MutableHttpResponse<?>> refuse(HttpRequest<?> request) {
        LOG.info("Refused {} {}: missing or wrong anti-forgery token", request.getMethod(), request.getPath());
        if (request.getPath().startsWith(API_PREFIX) || API_SIGN_IN_OUT.contains(request.getPath())) {
            Problem problem = new Problem(java.net.URI.create("about:blank"), HttpStatus.FORBIDDEN.getReason(),
                    HttpStatus.FORBIDDEN.getCode(),
                    "Requests made with a staff session cookie need the X-CSRF-Token header.",
                    request.getPath(), java.util.List.of());
            return Mono.just(io.micronaut.http.HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(problem).contentType(Problem.CONTENT_TYPE));
        }
        return Mono.just(errorPages.page(request, HttpStatus.FORBIDDEN,
                "This form has expired",
                "For your safety we could not accept this form. Please go back, reload the page and try again.")
                .header(HttpHeaders.CACHE_CONTROL, "no-store"));
    }

    @Override
    public int getOrder() {
        // after the security filter, like Micronaut's own CSRF filter
        return ServerFilterPhase.SECURITY.after();
    }
}
