package studio.vive.booking.web;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Builds every cookie the pages set: HttpOnly (no script reads them), SameSite=Strict (no other
 * site's page or form sends them) and Secure whenever the service is reached over https.
 */
@Singleton
public class BrowserCookies {

    private final WebSettings settings;

    BrowserCookies(WebSettings settings) {
        this.settings = settings;
    }

    /** A cookie for {@code path} and below that lives for {@code maxAge}. */
    public Cookie of(String name, String value, String path, Duration maxAge) {
        return Cookie.of(name, value)
                .path(path)
                .httpOnly(true)
                .secure(settings.secureCookies())
                .sameSite(SameSite.Strict)
                .maxAge(maxAge);
    }

    /**
     * A {@code __Host-} cookie: Secure whatever the public address (browsers treat localhost as
     * secure, so development over plain http keeps working), path / and no domain, so no other
     * host, a sibling subdomain included, can set or overwrite it.
     */
    public Cookie hostOnly(String name, String value, Duration maxAge) {
        return of(name, value, "/", maxAge).secure(true);
    }

    /** A cookie that makes the browser forget {@code name} at {@code path}. */
    public Cookie expired(String name, String path) {
        return of(name, "", path, Duration.ZERO);
    }
}
