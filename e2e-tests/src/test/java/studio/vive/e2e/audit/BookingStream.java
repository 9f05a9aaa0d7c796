package studio.vive.e2e.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.http.HttpResult;

/**
 * A client population making bookings one after another in the background while a test injects a
 * fault. Like a real client, it retries a request that failed for a reason it cannot know (no
 * connection, 5xx) with the same {@code Idempotency-Key}, so a booking whose answer was lost in a
 * crash is not made twice.
 */
public final class BookingStream {

    /** The mix of outcomes every stream carries: all three tiers, each with its own emails. */
    private static final List<ScreeningCase> MIX = List.of(
            ScreeningCase.CLEARED, ScreeningCase.CANCER_IMPROVING, ScreeningCase.CLEARED,
            ScreeningCase.LEG_PAIN_BELOW_KNEE, ScreeningCase.CLEARED, ScreeningCase.STEROIDS_NOT_IMPROVING,
            ScreeningCase.FIRST_EPISODE_OVER_50);

    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);

    private final BookingEntrances entrances;
    private final Supplier<Slot> slots;
    private final int size;
    private final Duration pace;
    private final List<AcceptedBooking> accepted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    /** The stream goes on at least until this many requests were made (raised by {@link #continueFor}). */
    private final AtomicInteger atLeast = new AtomicInteger();
    /** Counted down by {@link #continueFor}; a stream held open waits for it after its planned size. */
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean heldOpen;
    private CompletableFuture<Void> running;

    /**
     * @param size how many bookings to make
     * @param pace the pause between one booking's answer and the next request
     */
    public BookingStream(BookingApi api, SlotPlanner slots, int size, Duration pace) {
        this(BookingEntrances.of(api), slots::next, size, pace);
    }

    /**
     * A stream spread over several booking-service instances ({@code entrances}), with slots from
     * {@code slots} (a planner's, or slots reserved before a fault makes availability unreachable).
     */
    public BookingStream(BookingEntrances entrances, Supplier<Slot> slots, int size, Duration pace) {
        this.entrances = entrances;
        this.slots = slots;
        this.size = size;
        this.pace = pace;
    }

    /**
     * Keeps the stream from ending before {@link #continueFor} is called: a fault that outlasts the
     * planned bookings still sees bookings made after it.
     */
    public BookingStream heldOpenUntilContinued() {
        heldOpen = true;
        return this;
    }

    public BookingStream start() {
        running = CompletableFuture.runAsync(this::run);
        return this;
    }

    /** Waits for the last booking's answer. */
    public BookingStream finish() {
        running.join();
        return this;
    }

    /**
     * Makes the stream go on for at least {@code more} requests from now, past its planned size if
     * need be: after a fault, bookings must also flow through the recovered platform.
     */
    public void continueFor(int more) {
        atLeast.set(submitted.get() + more);
        released.countDown();
    }

    private void run() {
        int i = 0;
        while (i < size || i < atLeast.get() || (heldOpen && released.getCount() > 0)) {
            if (i >= size && i >= atLeast.get()) {
                awaitRelease();
                continue;
            }
            BookingRequest request = BookingRequest.of(nextSlot(), MIX.get(i % MIX.size()));
            submitted.incrementAndGet();
            submitUntilAnswered(request);
            LockSupport.parkNanos(pace.toNanos());
            i++;
        }
    }

    /** The next slot; availability is booking-service's own API, so it too is retried while that is down. */
    private Slot nextSlot() {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            try {
                return slots.get();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                retries.incrementAndGet();
                LockSupport.parkNanos(RETRY_PAUSE.toNanos());
            }
        }
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held open", e);
        }
    }

    private void submitUntilAnswered(BookingRequest request) {
        String idempotencyKey = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        String lastProblem = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResult result = entrances.submit(request.json(), Map.of("Idempotency-Key", idempotencyKey));
                if (result.status() == 202) {
                    accepted.add(new AcceptedBooking(UUID.fromString(result.json().path("id").asText()),
                            result.json().path("accessToken").asText(), request));
                    return;
                }
                if (result.status() < 500) {
                    refusals.add(result.status() + " " + result.json().path("title").asText() + " " + result.json().path("detail").asText());
                    return;
                }
                lastProblem = result.describe();
            } catch (RuntimeException e) {
                lastProblem = e.toString();
            }
            retries.incrementAndGet();
            LockSupport.parkNanos(RETRY_PAUSE.toNanos());
        }
        refusals.add("gave up after " + GIVE_UP_AFTER + ": " + lastProblem);
    }

    /** Requests made so far (each counted once, however often it was retried). */
    public int submitted() {
        return submitted.get();
    }


    public List<AcceptedBooking> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    /** Requests answered with a 4xx, or given up on: each is a finding. */
    public List<String> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    public int retries() {
        return retries.get();
    }
}
