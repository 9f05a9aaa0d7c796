package studio.vive.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * booking-service's client-link API ({@code POST /api/internal/bookings/{id}/client-links}) as
 * this module's tests need it: a real HTTP server on the loopback, started once per JVM, that
 * issues a new random token per call and remembers it, refuses a wrong service key (401) and can
 * be made unavailable (503) or to know no booking (404). The real API is exercised end to end in
 * e2e-tests; this stands in for it where booking-service is not running.
 */
public final class BookingServiceStandIn {

    /** The key application-test.yml gives notification-service. */
    public static final String SERVICE_KEY = "test-notification-service-key-0123456789-abcdef";
    private static final Pattern PATH = Pattern.compile("^/api/internal/bookings/([0-9a-f-]{36})/client-links$");
    private static final BookingServiceStandIn INSTANCE = new BookingServiceStandIn();

    private final HttpServer server;
    private final Map<UUID, List<String>> issued = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> refusals = new ConcurrentHashMap<>();
    private volatile boolean available = true;

    private BookingServiceStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public static BookingServiceStandIn get() {
        return INSTANCE;
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The manage URLs handed out for {@code bookingId}, oldest first. */
    public List<String> manageUrlsIssuedFor(UUID bookingId) {
        return List.copyOf(issued.getOrDefault(bookingId, List.of()));
    }

    /** How many calls for {@code bookingId} were answered 503 or 401. */
    public int refusalsFor(UUID bookingId) {
        return refusals.getOrDefault(bookingId, 0);
    }

    /** While {@code false}, every call is answered 503. */
    public void available(boolean available) {
        this.available = available;
    }

    /** The manage URL booking-service would issue with {@code token}. */
    public static String manageUrl(UUID bookingId, String token) {
        return "http://localhost:8080/manage/" + bookingId + "?token=" + token;
    }

    private void answer(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
            respond(exchange, 404, "{}");
            return;
        }
        UUID bookingId = UUID.fromString(path.group(1));
        if (!available || !SERVICE_KEY.equals(exchange.getRequestHeaders().getFirst("X-Service-Key"))) {
            refusals.merge(bookingId, 1, Integer::sum);
            respond(exchange, available ? 401 : 503, "{}");
            return;
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        String manageUrl = manageUrl(bookingId, token);
        issued.computeIfAbsent(bookingId, id -> new CopyOnWriteArrayList<>()).add(manageUrl);
        String recheckUrl = "http://localhost:8080/manage/" + bookingId + "/recheck?token=" + token;
        respond(exchange, 200, "{\"manageUrl\":\"" + manageUrl + "\",\"recheckUrl\":\"" + recheckUrl
                + "\",\"expiresAt\":\"" + Instant.parse("2031-01-01T00:00:00Z") + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
