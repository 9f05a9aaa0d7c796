package studio.vive.booking.web.booking;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.web.BrowserCookies;
import studio.vive.booking.web.WebSettings;

/**
 * Lets the browser that made a booking follow it: the booking's access token is kept in a cookie
 * scoped to that booking's pages ({@code /booking/<id>}), so it never appears in an address,
 * a history entry or a log line, and no script can read it.
 */
@Singleton
class OutcomeAccess {

    static final String COOKIE = "vive_booking";

    private final BrowserCookies cookies;
    private final WebSettings settings;

    OutcomeAccess(BrowserCookies cookies, WebSettings settings) {
        this.cookies = cookies;
        this.settings = settings;
    }

    static String pathOf(UUID bookingId) {
        return "/booking/" + bookingId;
    }

    Cookie cookie(UUID bookingId, String accessToken) {
        return cookies.of(COOKIE, accessToken, pathOf(bookingId), settings.bookingCookieMaxAge());
    }

    Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
    }
}
