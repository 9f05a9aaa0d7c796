package studio.vive.booking.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays a browser against the pages: keeps cookies as a browser does (by path), asks for HTML,
 * never follows redirects on its own (tests look at them), and posts forms with the anti-forgery
 * token of the last page it was shown, as the page's hidden field would.
 */
final class Browser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrfToken;

    Browser(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new LoopbackIsSecure(cookies))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A page, as a browser asks for it (Accept: text/html). */
    Page get(String path) {
        return remember(send(request(path).header("Accept", "text/html,application/xhtml+xml").GET()));
    }

    /** Any resource, with the given Accept header. */
    Page get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** Posts a form with the token of the last page shown, as that page's form would. */
    Page submit(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postForm(path, withToken);
    }

    /** Posts exactly these fields (no token is added). */
    Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return remember(send(request(path).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A POST with headers and no body. */
    Page post(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(builder::header);
        return send(builder);
    }

    /** The value of a cookie the browser holds for {@code path}. */
    Optional<String> cookie(String name, String path) {
        return cookies.getCookieStore().get(LoopbackIsSecure.secure(base.resolve(path))).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Sets a cookie as another site or script would plant it, replacing the browser's own. */
    void plantCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setDomain(base.getHost());
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(LoopbackIsSecure.secure(base), cookie);
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    String csrfToken() {
        return csrfToken;
    }

    private Page remember(Page page) {
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return page;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Browsers treat http://localhost as a secure context: they keep and send Secure cookies there
     * (the {@code __Host-} anti-forgery cookie among them). Java's cookie manager does so only
     * over https, so loopback addresses are handed to it as https.
     */
    private static final class LoopbackIsSecure extends java.net.CookieHandler {

        private final CookieManager delegate;

        LoopbackIsSecure(CookieManager delegate) {
            this.delegate = delegate;
        }

        static URI secure(URI uri) {
            boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (!"http".equals(uri.getScheme()) || !loopback) {
                return uri;
            }
            return URI.create("https" + uri.toString().substring("http".length()));
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return delegate.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            delegate.put(secure(uri), headers);
        }
    }

    /** What the browser got back. */
    record Page(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        String location() {
            return header("Location").orElse("");
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + "\n" + body;
        }
    }
}
