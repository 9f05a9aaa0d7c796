package studio.vive.e2e.scale;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import studio.vive.e2e.stack.ServiceInstance;

/**
 * An admin's live referral stream ({@code GET /api/admin/referrals/stream}, server-sent events) on
 * one booking-service instance, read as it arrives.
 */
final class AdminReferralStream implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> connection;

    AdminReferralStream(ServiceInstance booking, String adminToken) {
        HttpRequest request = HttpRequest.newBuilder(booking.uri("/api/admin/referrals/stream"))
                .header("Authorization", "Bearer " + adminToken).header("Accept", "text/event-stream").build();
        connection = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
    }

    /** True once the first heartbeat arrived: the stream is subscribed. */
    boolean isSubscribed() {
        return lines.stream().anyMatch(line -> line.replace(" ", "").equals("event:heartbeat"));
    }

    /** Whether a referral event for the booking arrived (its SSE id is the booking id). */
    boolean showed(UUID bookingId) {
        return lines.stream().anyMatch(line -> line.replace(" ", "").equals("id:" + bookingId));
    }

    @Override
    public void close() {
        connection.cancel(true);
    }
}
