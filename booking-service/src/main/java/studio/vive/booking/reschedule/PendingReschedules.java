package studio.vive.booking.reschedule;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** The reschedules awaiting screening, one per booking at most. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PendingReschedules extends CrudRepository<PendingReschedule, UUID> {
}
