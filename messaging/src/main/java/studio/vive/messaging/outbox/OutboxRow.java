package studio.vive.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One unpublished event as stored in the outbox. Its payload is never logged.
 *
 * @param traceParent the W3C traceparent of the context that appended it, or null
 */
record OutboxRow(long seq, UUID id, String topic, String key, String type, String payload, Instant createdAt,
                 String traceParent) {

    @Override
    public String toString() {
        return "OutboxRow[seq=" + seq + ", id=" + id + ", type=" + type + ", key=" + key + "]";
    }
}
