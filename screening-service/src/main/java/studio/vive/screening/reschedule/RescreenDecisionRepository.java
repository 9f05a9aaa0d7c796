package studio.vive.screening.reschedule;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RescreenDecisionRepository extends CrudRepository<RescreenDecision, UUID> {

    List<RescreenDecision> findByBookingIdOrderByDecidedAt(UUID bookingId);
}
