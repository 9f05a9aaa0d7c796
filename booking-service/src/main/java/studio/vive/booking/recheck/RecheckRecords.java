package studio.vive.booking.recheck;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The last re-check of each booking. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RecheckRecords extends GenericRepository<RecheckRecord, UUID> {

    Optional<RecheckRecord> findById(UUID bookingId);

    List<RecheckRecord> findByBookingIdIn(Collection<UUID> bookingIds);

    /** Records a re-check decided at {@code at}; an older one is replaced, a newer one kept. */
    @Query("""
            INSERT INTO booking_recheck (booking_id, rechecked_at, result) VALUES (:bookingId, :at, :result)
            ON CONFLICT (booking_id) DO UPDATE SET rechecked_at = EXCLUDED.rechecked_at, result = EXCLUDED.result
            WHERE booking_recheck.rechecked_at <= EXCLUDED.rechecked_at""")
    void record(UUID bookingId, Instant at, String result);
}
