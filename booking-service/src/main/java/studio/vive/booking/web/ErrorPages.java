package studio.vive.booking.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import studio.vive.booking.ratelimit.RetryAfter;

/**
 * Readable error pages: a title and a sentence saying what happened and what to do, never a
 * stack trace or raw JSON. Used by controllers (through {@link Pages}) and by filters, which
 * answer before any controller runs and so render the template themselves.
 */
@Singleton
public class ErrorPages {

    /** The template of every error page. */
    public static final String VIEW = "error";

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final StudioDetails studio;

    ErrorPages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer, StudioDetails studio) {
        this.renderer = renderer;
        this.studio = studio;
    }

    /** The model of an error page. */
    public static Map<String, Object> model(String title, String message) {
        return Map.of("title", title, "message", message);
    }

    /**
     * A 429 page for a client over its rate limit: {@code reason}, then how long to wait, with the
     * matching {@code Retry-After}.
     */
    public MutableHttpResponse<?> tooManyRequests(HttpRequest<?> request, String title, String reason, Duration wait) {
        long minutes = RetryAfter.minutes(wait);
        return page(request, HttpStatus.TOO_MANY_REQUESTS, title,
                reason + " Please wait " + (minutes == 1 ? "a minute" : minutes + " minutes") + " and try again.")
                .header(HttpHeaders.RETRY_AFTER, RetryAfter.header(wait));
    }

    /** A complete error page response, rendered now. */
    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String title, String message) {
        Map<String, Object> model = new HashMap<>(model(title, message));
        model.put("studio", studio);
        Writable body = renderer.render(new ModelAndView<>(VIEW, model), request, MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("the error page template is missing"));
        return HttpResponse.status(status).body(body).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
