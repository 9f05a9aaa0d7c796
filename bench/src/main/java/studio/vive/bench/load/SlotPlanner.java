package studio.vive.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out distinct free slots from booking-service's own availability (so working hours, grid,
 * notice and horizon are its rules, not a copy of them), day after day from tomorrow on, each at
 * most once per run. Slots are planned before a phase starts, so no availability query competes
 * with the bookings being measured.
 */
public final class SlotPlanner {

    /** The catalogue's shortest service: the most bookings fit in the therapists' hours. */
    public static final String SERVICE_CODE = "SPORTS_45";
    private static final ZoneId STUDIO_ZONE = ZoneId.of("Australia/Sydney");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Consecutive days without a single slot before the horizon is taken to be reached. */
    private static final int EMPTY_DAYS_BEFORE_GIVING_UP = 14;

    private final URI bookingUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private LocalDate nextDate = LocalDate.now(STUDIO_ZONE).plusDays(1);

    public SlotPlanner(URI bookingUrl) {
        this.bookingUrl = bookingUrl;
    }

    /** The next {@code count} free slots, none overlapping another handed out in this run. */
    public synchronized List<Slot> take(int count) {
        List<Slot> slots = new ArrayList<>(count);
        int emptyDays = 0;
        while (slots.size() < count) {
            List<Slot> day = freeSlotsOn(nextDate);
            nextDate = nextDate.plusDays(1);
            emptyDays = day.isEmpty() ? emptyDays + 1 : 0;
            if (emptyDays > EMPTY_DAYS_BEFORE_GIVING_UP) {
                throw new IllegalStateException("booking-service offers no more slots after " + nextDate
                        + " (" + slots.size() + " of " + count + " planned): raise BOOKING_HORIZON");
            }
            for (Slot slot : day) {
                if (slots.size() < count) {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    /** One day's offered slots, thinned to a set that does not overlap per therapist. */
    private List<Slot> freeSlotsOn(LocalDate date) {
        URI uri = bookingUrl.resolve("/api/availability?service=" + SERVICE_CODE + "&date=" + date);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        JsonNode offered;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("availability for " + date + " answered " + response.statusCode() + ": " + response.body());
            }
            offered = json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("availability for " + date + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Map<String, Slot> lastPerTherapist = new HashMap<>();
        List<Slot> chosen = new ArrayList<>();
        for (JsonNode node : offered) {
            Slot candidate = new Slot(node.path("therapistId").asText(),
                    OffsetDateTime.parse(node.path("startsAt").asText()),
                    OffsetDateTime.parse(node.path("endsAt").asText()));
            Slot last = lastPerTherapist.get(candidate.therapistId());
            // The list is in time order per therapist: greedy earliest-end packing is optimal.
            if (last == null || !candidate.startsAt().isBefore(last.endsAt())) {
                chosen.add(candidate);
                lastPerTherapist.put(candidate.therapistId(), candidate);
            }
        }
        return chosen;
    }
}
