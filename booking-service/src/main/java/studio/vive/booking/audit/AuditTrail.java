package studio.vive.booking.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.studio.StudioAdminSettings;
import studio.vive.booking.time.StudioTime;

/** Reads the audit log back for the admin. */
@Singleton
public class AuditTrail {

    private final AuditRepository entries;
    private final JsonMapper json;
    private final StudioTime time;
    private final StudioAdminSettings settings;

    AuditTrail(AuditRepository entries, JsonMapper json, StudioTime time, StudioAdminSettings settings) {
        this.entries = entries;
        this.json = json;
        this.time = time;
        this.settings = settings;
    }

    /** Entries in {@code period}, oldest first, at most the configured number. */
    @Transactional(readOnly = true)
    public List<AuditView> between(TimeRange period) {
        return entries.findBetween(period.start(), period.end(), settings.auditLimit()).stream()
                .map(e -> new AuditView(time.local(e.at()), e.staffUser(), e.action(), e.subject(),
                        read(e.before()), read(e.after())))
                .toList();
    }

    private JsonNode read(String document) {
        if (document == null) {
            return null;
        }
        try {
            return json.readValue(document, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable audit document", e);
        }
    }
}
