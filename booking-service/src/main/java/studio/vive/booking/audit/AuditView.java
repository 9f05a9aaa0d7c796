package studio.vive.booking.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * One audit entry as the admin sees it.
 *
 * @param before the subject before the change, null when it was created
 * @param after  the subject after the change, null when it was removed
 */
@Serdeable
public record AuditView(OffsetDateTime at, String staffUser, String action, String subject,
                        @Nullable JsonNode before, @Nullable JsonNode after) {
}
