package studio.vive.booking.web.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.bearer.BearerTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;
import studio.vive.booking.web.WebSettings;

/**
 * Reads a signed-in staff member's token from their session cookie, so the staff pages (and the
 * live referral stream they open) are authenticated like the bearer API, by the same JWT. The
 * service's authentication mode stays {@code bearer}: {@code POST /login} still answers with a
 * token, and a bearer header wins over the cookie.
 */
@Singleton
class StaffSessionTokenReader implements TokenReader<HttpRequest<?>> {

    private final WebSettings settings;

    StaffSessionTokenReader(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(settings.staffSessionCookie()).map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }

    @Override
    public int getOrder() {
        return BearerTokenReader.ORDER + 1;
    }
}
