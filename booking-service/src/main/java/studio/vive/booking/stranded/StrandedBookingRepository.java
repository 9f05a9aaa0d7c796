package studio.vive.booking.stranded;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.booking.Booking;

/** Bookings still waiting for screening since they were requested or moved, and whether their request left the outbox. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StrandedBookingRepository extends GenericRepository<Booking, UUID> {

    @Query("""
            SELECT * FROM booking
            WHERE status = 'PENDING_SCREENING' AND updated_at < :cutoff
            ORDER BY updated_at, id
            LIMIT :limit""")
    List<Booking> findPendingSince(Instant cutoff, int limit);

    @Query("SELECT count(*) FROM booking WHERE status = 'PENDING_SCREENING' AND updated_at < :cutoff")
    long countPendingSince(Instant cutoff);

    /** Whether the booking's {@code BookingRequested} is still waiting in the outbox (Kafka never took it). */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM outbox
                            WHERE key = :bookingKey AND type IN ('BookingRequested', 'RescreenRequested'))""")
    boolean requestUnpublished(String bookingKey);
}
