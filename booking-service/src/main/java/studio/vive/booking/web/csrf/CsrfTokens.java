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
 * Anti-forgery tokens for the pages' forms: a signed double-submit cookie.
 *
 * <p>Each browser gets a random secret in an HttpOnly, SameSite=Strict cookie; every form carries
 * the HMAC of that secret (keyed with {@code vive.web.csrf-secret}) in a hidden field, and scripts
 * send it in a header. A request that changes something is accepted only when the token matches
 * the browser's own cookie. Another site can neither read the token from our page nor make the
 * browser send our cookie, and without our key it cannot compute a token for a cookie it planted.
 */
@Singleton
public class CsrfTokens {

    /** The cookie holding the browser's secret. */
    public static final String COOKIE = "vive_csrf";
    /** The hidden form field carrying the token. */
    public static final String FIELD = "_csrf";
    /** The request header scripts send the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    /** The secret outlives any page a browser keeps open; a new one is made when it is gone. */
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(30);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final BrowserCookies cookies;

    CsrfTokens(WebSettings settings, BrowserCookies cookies) {
        this.key = new SecretKeySpec(settings.csrfSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.cookies = cookies;
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

    /** The cookie that gives the browser {@code secret}. */
    public Cookie cookie(String secret) {
        return cookies.of(COOKIE, secret, "/", COOKIE_LIFETIME);
    }

    /** The token forms of a browser with {@code secret} carry. */
    public String tokenFor(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Whether {@code presented} is the token of the browser that sent {@code request}. */
    public boolean isValid(HttpRequest<?> request, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return browserSecret(request)
                .map(secret -> MessageDigest.isEqual(tokenFor(secret).getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }
}
