package studio.vive.screening.decision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DecisionRepository extends CrudRepository<Decision, UUID> {

    /** Forgets the answers of decisions made before {@code cutoff}; the decisions stay. */
    @Query("""
            UPDATE screening_decision SET answers = NULL, answers_purged_at = :purgedAt
            WHERE answers IS NOT NULL AND decided_at < :cutoff""")
    int purgeAnswersDecidedBefore(Instant cutoff, Instant purgedAt);
}
