package studio.vive.booking.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server-sent events connection whose lines a test reads as they arrive. */
public final class EventStream implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> connection;

    private EventStream(HttpRequest request) {
        connection = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
    }

    /** Opens {@code uri} with the bearer token. */
    public static EventStream open(URI uri, String bearerToken) {
        return new EventStream(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "text/event-stream").build());
    }

    /** Whether an {@code event: name} line arrived. */
    public boolean sawEvent(String name) {
        return lines.stream().anyMatch(l -> l.replace(" ", "").equals("event:" + name));
    }

    /** Whether a {@code data:} line containing {@code text} arrived. */
    public boolean sawData(String text) {
        return lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(text));
    }

    @Override
    public void close() {
        connection.cancel(true);
    }
}
