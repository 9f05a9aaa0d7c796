package studio.vive.booking.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Base of the service's integration tests: the real service on real PostgreSQL (a database of
 * its own per test class) and the shared Kafka, a pinned clock and a plain HTTP client.
 * Subclasses are {@code @MicronautTest(transactional = false)} and {@code PER_CLASS}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTest implements TestPropertyProvider {

    public static final String TOKEN = "X-Booking-Token";
    public static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;
    @Inject
    protected TestClock clock;

    protected Http http;

    /** This class's own database name. */
    protected abstract String databaseName();

    /** Extra properties of this class (none by default). */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties(databaseName()));
        properties.putAll(extraProperties());
        return properties;
    }

    @BeforeAll
    void startClient() {
        http = new Http(server.getURI(), json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Requests a booking that must be accepted; returns its id and access token. */
    protected Accepted book(String therapistId, OffsetDateTime startsAt) {
        return accept(BookingBodies.valid(therapistId, startsAt));
    }

    protected Accepted accept(Map<String, Object> body) {
        Http.Response response = http.postJson("/api/bookings", body, Map.of());
        if (response.status() != 202) {
            throw new AssertionError("expected 202, got " + response);
        }
        var node = response.json();
        return new Accepted(UUID.fromString(node.get("id").getStringValue()), node.get("accessToken").getStringValue());
    }

    protected Http.Response show(Accepted booking) {
        return http.get("/api/bookings/" + booking.id(), Map.of(TOKEN, booking.token()));
    }

    protected String statusOf(Accepted booking) {
        return show(booking).json().get("status").getStringValue();
    }

    /** Whether availability offers {@code therapistId} a 60-minute massage at {@code time} (HH:mm) on {@code date}. */
    protected boolean freeAt(String therapistId, String date, String time) {
        var slots = http.get("/api/availability?service=REMEDIAL_60&date=" + date + "&therapistId=" + therapistId)
                .json();
        for (var slot : slots.values()) {
            if (slot.get("startsAt").getStringValue().contains("T" + time)) {
                return true;
            }
        }
        return false;
    }

    /** A booking the client holds. */
    public record Accepted(UUID id, String token) {
    }
}
