package studio.vive.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends bookings to booking-service, each for its own slot and a client address unique to the run,
 * and times them.
 */
public final class BookingSubmitter {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CLIENT_DOMAIN = "@example.com";

    private final URI bookings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String runTag = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong clients = new AtomicLong();

    public BookingSubmitter(URI bookingUrl, ExecutorService executor) {
        this.bookings = bookingUrl.resolve("/api/bookings");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .executor(executor).build();
    }

    /** Books {@code slot} and waits for the answer. */
    public Submission submit(Slot slot) {
        String email = nextClientEmail();
        HttpRequest request = request(slot, email);
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return submission(email, response, sent);
        } catch (IOException e) {
            return new Submission(email, 0, null, Instant.now(), Duration.ofNanos(System.nanoTime() - sent));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Submission(email, 0, null, Instant.now(), Duration.ofNanos(System.nanoTime() - sent));
        }
    }

    /** Books {@code slot} without waiting: the answer completes the future. */
    public CompletableFuture<Submission> submitAsync(Slot slot) {
        String email = nextClientEmail();
        HttpRequest request = request(slot, email);
        long sent = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> submission(email, response, sent))
                .exceptionally(failure -> new Submission(email, 0, null, Instant.now(), Duration.ofNanos(System.nanoTime() - sent)));
    }

    private HttpRequest request(Slot slot, String email) {
        return HttpRequest.newBuilder(bookings).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BookingBody.of(slot, email)))
                .build();
    }

    private Submission submission(String email, HttpResponse<String> response, long sentNanos) {
        Instant answeredAt = Instant.now();
        Duration latency = Duration.ofNanos(System.nanoTime() - sentNanos);
        String id = null;
        if (response.statusCode() == Submission.ACCEPTED) {
            try {
                id = json.readTree(response.body()).path("id").asText(null);
            } catch (IOException e) {
                id = null;
            }
        }
        return new Submission(email, response.statusCode(), id, answeredAt, latency);
    }

    private String nextClientEmail() {
        return "bench." + runTag + "." + clients.incrementAndGet() + CLIENT_DOMAIN;
    }
}
