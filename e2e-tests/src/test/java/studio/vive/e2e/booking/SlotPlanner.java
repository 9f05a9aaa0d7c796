package studio.vive.e2e.booking;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import studio.vive.e2e.http.HttpResult;

/**
 * Hands out distinct future slots, each at most once for the whole run, taken from booking-service's
 * own availability so they respect working hours, notice and horizon. Slots handed out are kept
 * apart by a margin wider than any sensible buffer, so two bookings of the suite never compete for
 * one therapist's time unless a test means them to.
 */
public final class SlotPlanner {

    /** The studio's zone (booking-service's configuration for this suite). */
    public static final ZoneId STUDIO_ZONE = ZoneId.of("Australia/Sydney");

    private static final Duration MARGIN = Duration.ofMinutes(45);
    /** Start a few days out: outside the minimum notice and the 24-hour cancellation window. */
    private static final int FIRST_DAY_OFFSET = 3;
    private static final int MAX_DAYS_SEARCHED = 400;
    /** Slots drawn at most while looking for two therapists free at one time. */
    private static final int MAX_DRAWS_FOR_A_PAIR = 150;

    private final BookingApi api;
    private final Deque<Slot> ready = new ArrayDeque<>();
    private final List<Slot> handedOut = new ArrayList<>();
    private LocalDate nextDate = LocalDate.now(STUDIO_ZONE).plusDays(FIRST_DAY_OFFSET);

    public SlotPlanner(BookingApi api) {
        this.api = api;
    }

    /** The next free slot nobody in this run has been given. */
    public synchronized Slot next() {
        int searched = 0;
        while (ready.isEmpty()) {
            if (++searched > MAX_DAYS_SEARCHED) {
                throw new IllegalStateException("no free slot within " + MAX_DAYS_SEARCHED + " days");
            }
            fill(nextDate);
            nextDate = nextDate.plusDays(1);
        }
        Slot slot = ready.removeFirst();
        handedOut.add(slot);
        return slot;
    }

    /**
     * Two slots nobody else in this run is given, with different therapists at the same time: a
     * test books the first and may move the booking to the second's therapist (issue 14).
     */
    public synchronized List<Slot> twoTherapistsAtOneTime() {
        List<Slot> drawn = new ArrayList<>();
        for (int i = 0; i < MAX_DRAWS_FOR_A_PAIR; i++) {
            Slot slot = next();
            for (Slot earlier : drawn) {
                if (earlier.startsAt().isEqual(slot.startsAt()) && !earlier.therapistId().equals(slot.therapistId())) {
                    return List.of(earlier, slot);
                }
            }
            drawn.add(slot);
        }
        throw new IllegalStateException("no two therapists free at one time in " + MAX_DRAWS_FOR_A_PAIR + " slots");
    }

    /** The next free slot starting on or after the given date (for tests that need a distant slot). */
    public synchronized Slot nextOnOrAfter(LocalDate date) {
        if (nextDate.isBefore(date)) {
            ready.clear();
            nextDate = date;
        }
        // slots already found for earlier days stay for next(); search on until one is on or after the date
        for (int searched = 0; searched <= MAX_DAYS_SEARCHED; searched++) {
            for (Slot slot : ready) {
                if (!slot.startsAt().toLocalDate().isBefore(date)) {
                    ready.remove(slot);
                    handedOut.add(slot);
                    return slot;
                }
            }
            fill(nextDate);
            nextDate = nextDate.plusDays(1);
        }
        throw new IllegalStateException("no free slot on or after " + date + " within " + MAX_DAYS_SEARCHED + " days");
    }

    private void fill(LocalDate date) {
        HttpResult result = api.availability(BookingRequest.SERVICE_CODE, date);
        if (result.status() != 200 || !result.json().isArray()) {
            throw new IllegalStateException("availability for " + date + " answered " + result.describe());
        }
        for (JsonNode node : result.json()) {
            Slot candidate = new Slot(node.path("therapistId").asText(),
                    OffsetDateTime.parse(node.path("startsAt").asText()),
                    OffsetDateTime.parse(node.path("endsAt").asText()));
            boolean clashes = handedOut.stream().anyMatch(taken -> taken.overlaps(candidate, MARGIN))
                    || ready.stream().anyMatch(queued -> queued.overlaps(candidate, MARGIN));
            if (!clashes) {
                ready.addLast(candidate);
            }
        }
    }
}
