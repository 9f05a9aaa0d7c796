package studio.vive.booking.timeoff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TimeOffRepository extends GenericRepository<TimeOff, UUID> {

    TimeOff save(TimeOff timeOff);

    Optional<TimeOff> findById(UUID id);

    void deleteById(UUID id);

    /** Time off of {@code therapistIds} and studio closures overlapping {@code [from, to)}. */
    @Query("""
            SELECT * FROM time_off
            WHERE (therapist_id IS NULL OR therapist_id IN (:therapistIds))
              AND starts_at < :to AND ends_at > :from
            ORDER BY starts_at, id""")
    List<TimeOff> findApplyingTo(Collection<String> therapistIds, Instant from, Instant to);

    @Query("SELECT * FROM time_off WHERE starts_at < :to AND ends_at > :from ORDER BY starts_at, id")
    List<TimeOff> findOverlapping(Instant from, Instant to);

    @Query("""
            SELECT * FROM time_off WHERE therapist_id = :therapistId AND starts_at < :to AND ends_at > :from
            ORDER BY starts_at, id""")
    List<TimeOff> findOwnOverlapping(String therapistId, Instant from, Instant to);
}
