package studio.vive.booking.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import studio.vive.booking.time.StudioTime;

/**
 * Records staff changes. Writers call it inside the transaction of the change itself, so a change
 * and its entry commit (or roll back) together. Callers pass views of catalogue data and booking
 * times/status only: never screening answers, the client's cause or contact details.
 */
@Singleton
public class AuditLog {

    private final AuditRepository entries;
    private final JsonMapper json;
    private final StudioTime time;

    AuditLog(AuditRepository entries, JsonMapper json, StudioTime time) {
        this.entries = entries;
        this.json = json;
        this.time = time;
    }

    /**
     * Records that {@code staffUser} did {@code action} to {@code subject}.
     *
     * @param before the subject before (serialised as JSON), null when it is new
     * @param after  the subject after, null when it is gone
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(String staffUser, String action, String subject, @Nullable Object before,
                       @Nullable Object after) {
        entries.save(new AuditEntry(null, time.now(), staffUser, action, subject, write(before), write(after)));
    }

    private String write(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an audit document", e);
        }
    }
}
