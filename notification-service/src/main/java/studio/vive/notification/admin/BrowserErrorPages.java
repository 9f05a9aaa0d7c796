package studio.vive.notification.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import studio.vive.kit.problem.ErrorPagePreference;

/**
 * A browser (asking for HTML and not for JSON) gets Micronaut's HTML error page, as it did before
 * the service's errors went through the kit; every API client gets a problem.
 */
@Singleton
class BrowserErrorPages implements ErrorPagePreference {

    private static final String JSON = "json";

    @Override
    public boolean wantsPage(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(MediaType.TEXT_HTML_TYPE::equals)
                && request.accept().stream().noneMatch(type -> type.matchesExtension(JSON));
    }
}
