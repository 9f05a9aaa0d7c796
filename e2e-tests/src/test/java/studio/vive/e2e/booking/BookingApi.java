package studio.vive.e2e.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.http.JsonHttp;
import studio.vive.e2e.stack.ServiceInstance;

/** booking-service's public API (issue 3's fixed contract), as a client or staff member calls it. */
public final class BookingApi {

    public static final String BOOKING_TOKEN_HEADER = "X-Booking-Token";

    private final ServiceInstance booking;
    private final JsonHttp http = new JsonHttp();

    public BookingApi(ServiceInstance booking) {
        this.booking = booking;
    }

    public URI uri(String pathAndQuery) {
        return booking.uri(pathAndQuery);
    }

    /** {@code POST /api/bookings}. */
    public HttpResult submit(ObjectNode body) {
        return http.postJson(uri("/api/bookings"), body, Map.of());
    }

    public HttpResult submit(ObjectNode body, Map<String, String> headers) {
        return http.postJson(uri("/api/bookings"), body, headers);
    }

    /** {@code POST /api/bookings} and, when it is accepted (202), the booking the client now holds. */
    public Optional<AcceptedBooking> book(BookingRequest request) {
        HttpResult result = submit(request.json());
        if (result.status() != 202) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedBooking(UUID.fromString(result.json().path("id").asText()),
                result.json().path("accessToken").asText(), request));
    }

    /** {@code GET /api/bookings/{id}} with the booking's token (or none when null). */
    public HttpResult get(UUID id, String token) {
        return http.get(uri("/api/bookings/" + id), token == null ? Map.of() : Map.of(BOOKING_TOKEN_HEADER, token));
    }

    public HttpResult get(AcceptedBooking booking) {
        return get(booking.id(), booking.accessToken());
    }

    /** {@code POST /api/bookings/{id}/cancel} with the booking's token (or none when null). */
    public HttpResult cancel(UUID id, String token) {
        return http.post(uri("/api/bookings/" + id + "/cancel"), "", null,
                token == null ? Map.of() : Map.of(BOOKING_TOKEN_HEADER, token));
    }

    /** {@code GET /api/availability}: free slots of every therapist on the date. */
    public HttpResult availability(String serviceCode, LocalDate date) {
        return http.get(uri("/api/availability?service=" + encode(serviceCode) + "&date=" + date), Map.of());
    }

    /** {@code POST /login}: a bearer token for a staff user, or empty when refused. */
    public Optional<String> login(String username, String password) {
        ObjectNode credentials = JsonHttp.JSON.createObjectNode().put("username", username).put("password", password);
        HttpResult result = http.postJson(uri("/login"), credentials, Map.of());
        JsonNode token = result.json().path("access_token");
        return result.status() == 200 && token.isTextual() ? Optional.of(token.asText()) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
