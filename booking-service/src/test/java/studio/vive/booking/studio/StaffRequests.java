package studio.vive.booking.studio;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import studio.vive.booking.support.Http;

/** Staff API calls with a bearer token: any method, JSON bodies, answers as {@link Http.Response}. */
public final class StaffRequests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public StaffRequests(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** A token for {@code username}, whose dev password is {@code <username>-dev-pass}. */
    public String login(String username) {
        Http.Response response = send(null, "POST", "/login", Map.of("username", username,
                "password", username + "-dev-pass"));
        if (response.status() != 200) {
            throw new AssertionError("login failed: " + response);
        }
        return response.json().get("access_token").getStringValue();
    }

    public Http.Response send(String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
