package studio.vive.screening.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.Tier;
import studio.vive.screening.rules.MatchedRule;

/**
 * The screening decision of one booking: kept for good (staff explain it from here); only its
 * {@link StoredAnswers} are purged after the retention period.
 *
 * @param clearanceId  the doctor's clearance the decision relied on (issue 15), null when none
 * @param clearedRules the matched rules that clearance covered ("cleared by doctor on"), null when none
 */
@MappedEntity("screening_decision")
public record Decision(
        @Id UUID bookingId,
        UUID requestEventId,
        Tier tier,
        String ruleSetVersion,
        Instant decidedAt,
        UUID outcomeEventId,
        @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") List<MatchedRule> matchedRules,
        @Nullable @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") StoredAnswers answers,
        @Nullable Instant answersPurgedAt,
        @Nullable UUID clearanceId,
        @Nullable @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") List<ClearedRule> clearedRules) {

    @Override
    public String toString() {
        return "Decision[bookingId=" + bookingId + ", tier=" + tier + ", ruleSetVersion=" + ruleSetVersion + "]";
    }
}
