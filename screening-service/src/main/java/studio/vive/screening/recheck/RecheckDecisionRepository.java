package studio.vive.screening.recheck;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RecheckDecisionRepository extends CrudRepository<RecheckDecision, UUID> {

    List<RecheckDecision> findByBookingId(UUID bookingId);
}
