package studio.vive.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's {@code /health} whether it is UP. */
final class HealthCheck {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final int OK = 200;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /**
     * The service's answer.
     *
     * @param up     HTTP 200 with status UP
     * @param detail what was seen, for the message when it never comes up
     */
    record Answer(boolean up, String detail) {
    }

    Answer ask(ServiceDefinition service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/health"))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == OK && response.body().replace(" ", "").contains("\"status\":\"UP\"");
            return new Answer(up, "HTTP " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            return new Answer(false, "no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, "interrupted");
        }
    }
}
