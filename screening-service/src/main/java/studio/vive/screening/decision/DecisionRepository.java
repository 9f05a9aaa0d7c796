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
    /**
     * Deletes the answers of decisions made before {@code cutoff}, and with them the matched rules'
     * client-facing messages, which restate the answers ("You told us about ..."): only each
     * rule's id and tier stay, with the decision. Also strips the messages of decisions whose
     * answers an older version of the purge already deleted.
     */
    @Query("""
            UPDATE screening_decision
               SET answers = NULL,
                   answers_purged_at = COALESCE(answers_purged_at, :purgedAt),
                   matched_rules = (SELECT COALESCE(jsonb_agg(jsonb_build_object('ruleId', r -> 'ruleId',
                                                                                 'tier', r -> 'tier')), '[]'::jsonb)
                                      FROM jsonb_array_elements(matched_rules) AS r)
            WHERE decided_at < :cutoff
              AND (answers IS NOT NULL OR jsonb_path_exists(matched_rules, '$[*].clientMessage'))""")
    int purgeAnswersDecidedBefore(Instant cutoff, Instant purgedAt);
}
