package studio.vive.booking.studio;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.booking.Booking;

/** Bookings still standing whose therapist no longer works then: inactive, on time off, or the studio closed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConflictRepository extends GenericRepository<Booking, UUID> {

    @Query("""
            SELECT b.* FROM booking b JOIN therapist t ON t.id = b.therapist_id
            WHERE b.status IN ('PENDING_SCREENING', 'CONFIRMED') AND b.ends_at > :now
              AND (NOT t.active OR EXISTS (
                    SELECT 1 FROM time_off o
                    WHERE (o.therapist_id IS NULL OR o.therapist_id = b.therapist_id)
                      AND o.starts_at < b.ends_at AND o.ends_at > b.starts_at))
            ORDER BY b.starts_at, b.id
            LIMIT :limit""")
    List<Booking> findUnresolved(Instant now, int limit);
}
