package studio.vive.e2e.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One malformed or hostile {@code POST /api/bookings}.
 *
 * @param category what kind of attack or mistake it is (for the summary)
 * @param label which variant (for failure messages; never contains the personal data sent)
 * @param body the raw bytes sent
 * @param contentType the Content-Type header, or null for none
 * @param contactEmail the well-formed address in the body that must never receive mail, or null
 */
public record HostileRequest(String category, String label, byte[] body, String contentType, String contactEmail) {

    static HostileRequest json(String category, String label, String body, String contactEmail) {
        return new HostileRequest(category, label, body.getBytes(StandardCharsets.UTF_8), "application/json", contactEmail);
    }

    @Override
    public String toString() {
        return category + ": " + label;
    }
}
