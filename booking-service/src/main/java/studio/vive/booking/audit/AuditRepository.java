package studio.vive.booking.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("SELECT * FROM audit_entry WHERE at >= :from AND at < :to ORDER BY at, id LIMIT :limit")
    List<AuditEntry> findBetween(Instant from, Instant to, int limit);
}
