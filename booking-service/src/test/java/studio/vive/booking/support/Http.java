package studio.vive.booking.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP client for the service under test: raw bodies in, status, headers and body out,
 * no exception for 4xx, so error answers are asserted like any other.
 */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;
    private final JsonMapper json;

    public Http(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Response get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response postJson(String path, String body, Map<String, String> headers) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    public Response postJson(String path, Object body, Map<String, String> headers) {
        try {
            return post(path, json.writeValueAsBytes(body), "application/json", headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response post(String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    public Response postEmpty(String path, Map<String, String> headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the service. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body, JsonMapper mapper) {

        public JsonNode json() {
            try {
                return mapper.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The field names of a problem's {@code errors}. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            JsonNode errors = json().get("errors");
            if (errors != null) {
                errors.values().forEach(e -> fields.add(e.get("field").getStringValue()));
            }
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
