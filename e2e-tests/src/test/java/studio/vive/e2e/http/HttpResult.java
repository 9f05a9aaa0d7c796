package studio.vive.e2e.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One HTTP answer as the suite sees it: status, headers and the body (parsed when it is JSON).
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the raw body text
 * @param json the body parsed as JSON, or a missing node when it is not JSON
 */
public record HttpResult(int status, HttpHeaders headers, String body, JsonNode json) {

    /** The response's media type without parameters, lower case, or "" when none was sent. */
    public String mediaType() {
        return headers.firstValue("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase())
                .orElse("");
    }

    /** True when the body is an RFC 9457 problem document. */
    public boolean isProblem() {
        return "application/problem+json".equals(mediaType()) && json.isObject();
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** A short description for assertion messages; never the request, which may hold personal data. */
    public String describe() {
        String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        return status + " " + mediaType() + " " + shown;
    }
}
