package studio.vive.screening.recheck;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.Tier;
import studio.vive.screening.rules.MatchedRule;

/**
 * The decision on one pre-visit re-check, kept for staff: the tier, the rule-set version and each
 * matched rule's id, tier and quote. Not the answers, nor the client messages that restate them
 * (so there is nothing for the retention purge to delete here).
 *
 * @param requestEventId the {@code RecheckSubmitted} event id
 */
@MappedEntity("recheck_decision")
public record RecheckDecision(
        @Id UUID requestEventId,
        UUID bookingId,
        Tier tier,
        String ruleSetVersion,
        Instant decidedAt,
        UUID outcomeEventId,
        @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") List<MatchedRule> matchedRules) {

    @Override
    public String toString() {
        return "RecheckDecision[bookingId=" + bookingId + ", tier=" + tier + "]";
    }
}
