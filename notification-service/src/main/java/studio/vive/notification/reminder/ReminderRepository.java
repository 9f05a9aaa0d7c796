package studio.vive.notification.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The reminder table: one scheduled reminder per booking. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReminderRepository extends CrudRepository<Reminder, UUID> {

    /**
     * Locks up to {@code limit} due reminders, earliest first, skipping rows another instance
     * holds, so two instances never issue the same reminder.
     */
    @Query(value = """
            SELECT * FROM reminder WHERE status = 'PENDING' AND due_at <= :now
            ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Reminder> lockDue(Instant now, int limit);

    /** Sets a reminder's status, from PENDING only. */
    @Query("UPDATE reminder SET status = :status, updated_at = :now WHERE booking_id = :bookingId"
            + " AND status = 'PENDING'")
    long settle(UUID bookingId, String status, Instant now);

    /** Drops a reminder that has not gone out yet; returns how many rows changed. */
    @Query("UPDATE reminder SET status = 'DROPPED', due_at = NULL, updated_at = :now WHERE booking_id = :bookingId"
            + " AND status IN ('PENDING', 'SKIPPED')")
    long drop(UUID bookingId, Instant now);

    /** Moves a reminder that has not gone out yet to a new appointment and due time (null: SKIPPED). */
    @Query("""
            UPDATE reminder SET therapist_id = :therapistId, therapist_name = :therapistName,
                starts_at = :startsAt, ends_at = :endsAt, due_at = :dueAt,
                status = CASE WHEN CAST(:dueAt AS TIMESTAMPTZ) IS NULL THEN 'SKIPPED' ELSE 'PENDING' END,
                updated_at = :now
            WHERE booking_id = :bookingId AND status IN ('PENDING', 'SKIPPED')""")
    long move(UUID bookingId, String therapistId, String therapistName, OffsetDateTime startsAt,
              OffsetDateTime endsAt, @Nullable Instant dueAt, Instant now);

    /**
     * Erases the contact data of up to {@code limit} reminders scheduled before {@code cutoff}
     * that will not be sent any more (settled, or their appointment has started).
     */
    @Query("""
            UPDATE reminder SET client_name = '', client_email = '', contact_erased_at = :now
            WHERE booking_id IN (SELECT booking_id FROM reminder
                                 WHERE contact_erased_at IS NULL AND created_at < :cutoff
                                   AND (status NOT IN ('PENDING', 'SKIPPED') OR starts_at < :now)
                                 LIMIT :limit)""")
    long eraseContactsScheduledBefore(Instant cutoff, Instant now, int limit);
}
