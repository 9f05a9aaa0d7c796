package studio.vive.booking.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import studio.vive.kit.problem.ErrorPagePreference;

/**
 * Pages outside {@code /api} that a browser asks for as HTML keep Micronaut's HTML error page;
 * the API always answers with a problem.
 */
@Singleton
class BrowserErrorPages implements ErrorPagePreference {

    private static final String API_PREFIX = "/api";

    @Override
    public boolean wantsPage(HttpRequest<?> request) {
        if (request.getPath().startsWith(API_PREFIX)) {
            return false;
        }
        return request.accept().stream().findFirst().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
    }
}
