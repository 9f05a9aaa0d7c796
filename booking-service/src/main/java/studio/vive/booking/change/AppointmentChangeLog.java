package studio.vive.booking.change;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.UUID;

/** The appointment changes of each booking, numbered by their invite SEQUENCE. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AppointmentChangeLog extends GenericRepository<AppointmentChangeRecord, UUID> {

    /**
     * Records the booking's next change and returns its sequence. Callers hold the booking's row
     * lock, so two changes of one booking never count the same number (the primary key would refuse it).
     */
    @Query("""
            INSERT INTO appointment_change (booking_id, sequence, reason, previous_therapist_id,
                                            previous_starts_at, previous_ends_at, changed_at)
            SELECT :bookingId, COALESCE(MAX(sequence), 0) + 1, :reason, :previousTherapistId,
                   :previousStartsAt, :previousEndsAt, :at
              FROM appointment_change WHERE booking_id = :bookingId
            RETURNING sequence""")
    int recordNext(UUID bookingId, String reason, String previousTherapistId, Instant previousStartsAt,
                   Instant previousEndsAt, Instant at);

    /** The sequence of the booking's last change, 0 when it never changed. */
    @Query("SELECT COALESCE(MAX(sequence), 0) FROM appointment_change WHERE booking_id = :bookingId")
    int lastSequence(UUID bookingId);
}
