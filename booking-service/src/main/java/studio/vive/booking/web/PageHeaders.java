package studio.vive.booking.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser protections on every HTML page: scripts, styles and requests only from this service
 * (no inline script, so injected markup cannot run), no framing, no sniffing, and no Referer to
 * other sites (manage links carry the booking's token in their query). Not {@code no-referrer}:
 * with it browsers send {@code Origin: null} on our own form posts, which Micronaut refuses on a
 * loopback address as a possible drive-by request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @ResponseFilter
    void protect(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean html = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (!html || request.getPath().startsWith("/swagger")) {
            return;
        }
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
    }
}
