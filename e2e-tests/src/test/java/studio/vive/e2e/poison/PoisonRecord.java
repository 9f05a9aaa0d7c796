package studio.vive.e2e.poison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import studio.vive.contracts.GoldenSamples;
import studio.vive.contracts.Topics;
import studio.vive.e2e.http.JsonHttp;

/**
 * A record no consumer can process, written straight to a topic: broken JSON, an unknown schema
 * version, an unknown event type, invalid content, an empty payload. Its key is unique so its
 * dead-letter copy can be found.
 *
 * @param topic where it is written
 * @param partition which partition
 * @param label what is wrong with it
 * @param key the record key (a fresh booking id)
 * @param value the payload
 * @param headers the event headers a producer would set
 */
public record PoisonRecord(String topic, int partition, String label, String key, byte[] value, Map<String, String> headers) {

    /** Every kind of poison for the topic, one record per kind and partition. */
    public static List<PoisonRecord> allFor(String topic, int partitions) {
        List<PoisonRecord> records = new ArrayList<>();
        for (int partition = 0; partition < partitions; partition++) {
            records.add(raw(topic, partition, "not JSON", "{\"eventId\": \"broken".getBytes(StandardCharsets.UTF_8), "BookingRequested"));
            records.add(raw(topic, partition, "empty payload", new byte[0], "BookingRequested"));
            records.add(golden(topic, partition, "unknown schema version", json -> json.put("schemaVersion", 99)));
            records.add(golden(topic, partition, "invalid content", invalidContent(topic)));
            if (!Topics.BOOKING_REQUESTED.equals(topic)) {
                records.add(golden(topic, partition, "unknown event type", json -> json.put("type", "BookingExploded")));
            }
        }
        return records;
    }

    /** Content that parses as JSON of the right event but breaks the contract's rules. */
    private static Consumer<ObjectNode> invalidContent(String topic) {
        return switch (topic) {
            case Topics.BOOKING_REQUESTED -> json -> ((ObjectNode) json.get("screening")).put("legPain", "SIDEWAYS");
            case Topics.SCREENING_OUTCOMES -> json -> json.remove("bookingId");
            // Contact.email is @NotBlank in the contract (an address that merely looks wrong is the
            // SMTP server's to refuse, and ends as a FAILED notification, not a dead letter).
            default -> json -> ((ObjectNode) json.get("client")).put("email", " ");
        };
    }

    private static String sampleOf(String topic) {
        return switch (topic) {
            case Topics.BOOKING_REQUESTED -> GoldenSamples.BOOKING_REQUESTED;
            case Topics.SCREENING_OUTCOMES -> GoldenSamples.BOOKING_CLEARED;
            case Topics.BOOKING_LIFECYCLE -> GoldenSamples.BOOKING_CONFIRMED;
            default -> throw new IllegalArgumentException(topic);
        };
    }

    private static PoisonRecord golden(String topic, int partition, String label, Consumer<ObjectNode> spoil) {
        try {
            ObjectNode json = (ObjectNode) JsonHttp.JSON.readTree(GoldenSamples.json(sampleOf(topic)));
            String bookingId = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            json.put("eventId", eventId);
            json.put("bookingId", bookingId);
            String type = json.path("type").asText("BookingRequested");
            spoil.accept(json);
            return new PoisonRecord(topic, partition, label, bookingId, JsonHttp.toJson(json).getBytes(StandardCharsets.UTF_8),
                    Map.of(Topics.HEADER_EVENT_ID, eventId, Topics.HEADER_EVENT_TYPE, json.path("type").asText(type)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PoisonRecord raw(String topic, int partition, String label, byte[] value, String type) {
        String bookingId = UUID.randomUUID().toString();
        return new PoisonRecord(topic, partition, label, bookingId, value,
                Map.of(Topics.HEADER_EVENT_ID, UUID.randomUUID().toString(), Topics.HEADER_EVENT_TYPE, type));
    }

    @Override
    public String toString() {
        return label + " on " + topic + "-" + partition;
    }
}
