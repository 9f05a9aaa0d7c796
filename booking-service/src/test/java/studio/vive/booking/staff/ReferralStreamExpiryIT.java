package studio.vive.booking.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.ServiceTest;

/**
 * The live referral stream carries contact details: it ends when the staff token that opened it
 * expires, instead of streaming on for as long as the connection lasts.
 */
@MicronautTest(transactional = false)
class ReferralStreamExpiryIT extends ServiceTest {

    private static final int TOKEN_SECONDS = 3;

    @Override
    protected String databaseName() {
        return "booking_stream_expiry";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.security.token.generator.access-token.expiration", Integer.toString(TOKEN_SECONDS),
                // heartbeats keep coming while the stream is open, so an open stream is seen as one
                "vive.staff.queries.stream-heartbeat", "1s");
    }

    @Test
    void theStreamEndsWhenTheTokenThatOpenedItExpires() {
        Http.Response login = http.postJson("/login", Map.of("username", "admin", "password", "admin-dev-pass"),
                Map.of());
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/admin/referrals/stream"))
                .header("Authorization", "Bearer " + login.json().get("access_token").getStringValue())
                .header("Accept", "text/event-stream").build();
        CompletableFuture<Void> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        try {
            await().atMost(Duration.ofSeconds(TOKEN_SECONDS))
                    .until(() -> lines.stream().anyMatch(l -> l.replace(" ", "").equals("event:heartbeat")));

            await().atMost(Duration.ofSeconds(TOKEN_SECONDS + 10L)).until(stream::isDone);
            assertThat(stream).isCompleted();
        } finally {
            stream.cancel(true);
        }
    }
}
