package studio.vive.screening.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.Tier;
import studio.vive.screening.decision.Decision;
import studio.vive.screening.rules.MatchedRule;

/**
 * A decision as an admin sees it: tier, every matched rule with its plain message and the
 * article's quote, the rule-set version. Never the answers themselves.
 *
 * @param answersPurgedAt when the stored answers were deleted (retention), null while kept
 * @param clearanceId     the doctor's clearance the decision relied on, null when none
 * @param clearedRules    the matched rules it covered ("cleared by doctor on"), empty when none
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DecisionView(
        UUID bookingId,
        UUID requestEventId,
        Tier tier,
        String ruleSetVersion,
        Instant decidedAt,
        UUID outcomeEventId,
        List<MatchedRule> matchedRules,
        @Nullable Instant answersPurgedAt,
        @Nullable UUID clearanceId,
        List<ClearedRule> clearedRules) {

    static DecisionView of(Decision decision) {
        return new DecisionView(decision.bookingId(), decision.requestEventId(), decision.tier(),
                decision.ruleSetVersion(), decision.decidedAt(), decision.outcomeEventId(), decision.matchedRules(),
                decision.answersPurgedAt(), decision.clearanceId(),
                decision.clearedRules() == null ? List.of() : decision.clearedRules());
    }
}
