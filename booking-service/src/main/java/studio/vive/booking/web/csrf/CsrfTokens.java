package studio.vive.booking.web.csrf;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import studio.vive.booking.web.BrowserCookies;
import studio.vive.booking.web.WebSettings;

/**
 * Anti-forgery tokens for the pages' forms: a signed double-submit cookie bound to the session.
 *
 * <p>Each browser gets a random secret in an HttpOnly, SameSite=Strict {@code __Host-} cookie;
 * every form carries the HMAC of that secret and of the staff session the browser holds (none for
 * a client) in a hidden field, and scripts send it in a header. A request that changes something
 * is accepted only when the token matches the browser's own cookie and its own session. Another
 * site can neither read the token from our page nor make the browser send our cookie. Why the
 * session is in the token: a pair taken from an anonymous page and planted in a staff member's
 * browser (a sibling subdomain can set cookies, unless the name has the {@code __Host-} prefix,
 * which browsers accept only with Secure, path / and no domain) does not fit their session.
 *
 * <p>The HMAC key is derived from {@code vive.web.csrf-secret} with a label of its own, so it is
 * never the token-signing key itself, even when the setting falls back to that secret.
 */
@Singleton
public class CsrfTokens {

    /** The cookie holding the browser's secret. */
    public static final String COOKIE = "__Host-vive_csrf";
    /** The hidden form field carrying the token. */
    public static final String FIELD = "_csrf";
    /** The request header scripts send the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String KEY_LABEL = "vive.web.csrf.v1";
    /** Separates the browser secret from the session in the signed text (neither contains it). */
    private static final char SEPARATOR = '\n';
    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    /** The secret outlives any page a browser keeps open; a new one is made when it is gone. */
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(30);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final BrowserCookies cookies;
    private final String sessionCookie;

    CsrfTokens(WebSettings settings, BrowserCookies cookies) {
        byte[] derived = hmac(new SecretKeySpec(settings.csrfSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM),
                KEY_LABEL);
        this.key = new SecretKeySpec(derived, ALGORITHM);
        this.cookies = cookies;
        this.sessionCookie = settings.staffSessionCookie();
    }

    /** The browser's secret from its cookie, if it sent a well-formed one. */
    public Optional<String> browserSecret(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(value -> SECRET_SHAPE.matcher(value).matches());
    }

    /** A fresh browser secret. */
    public String newBrowserSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie that gives the browser {@code secret}: {@code __Host-}, so always Secure, path /. */
    public Cookie cookie(String secret) {
        return cookies.hostOnly(COOKIE, secret, COOKIE_LIFETIME);
    }

    /** The token the forms of a browser with {@code secret} carry, for the session {@code request} holds. */
    public String tokenFor(HttpRequest<?> request, String secret) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, secret + SEPARATOR + session(request)));
    }

    /** Whether {@code presented} is the token of the browser, and the session, that sent {@code request}. */
    public boolean isValid(HttpRequest<?> request, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return browserSecret(request)
                .map(secret -> MessageDigest.isEqual(tokenFor(request, secret).getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    /** The staff session the request carries (its token), or nothing for a client's browser. */
    private String session(HttpRequest<?> request) {
        return request.getCookies().findCookie(sessionCookie).map(Cookie::getValue).orElse("");
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
