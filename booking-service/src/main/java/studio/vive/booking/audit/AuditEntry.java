package studio.vive.booking.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One staff change as stored: {@code before} and {@code after} are JSON documents of the changed
 * thing (null when it did not exist before or no longer exists after).
 */
@MappedEntity("audit_entry")
record AuditEntry(
        @Id @GeneratedValue Long id,
        Instant at,
        String staffUser,
        String action,
        String subject,
        @Nullable String before,
        @Nullable String after) {
}
