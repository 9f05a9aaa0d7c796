package studio.vive.screening.rules;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.Tier;

/**
 * The outcome of screening one request.
 *
 * @param ruleSetVersion the {@link RuleSet} version that decided
 * @param tier           the most severe tier among the matched rules that refer, {@link Tier#CLEARED} when none
 * @param matched        every matched rule that refers, in rule-set order, escalation last
 * @param clearedByDoctor matched rules a doctor's clearance covered instead (issue 15), in rule-set order
 * @param clearanceId    the clearance relied on: null unless {@code clearedByDoctor} is not empty
 */
public record Screening(String ruleSetVersion, Tier tier, List<MatchedRule> matched,
                        List<ClearedRule> clearedByDoctor,
                        @Nullable UUID clearanceId) {

    public Screening {
        matched = List.copyOf(matched);
        clearedByDoctor = List.copyOf(clearedByDoctor);
    }

    /** A screening no clearance took part in. */
    public Screening(String ruleSetVersion, Tier tier, List<MatchedRule> matched) {
        this(ruleSetVersion, tier, matched, List.of(), null);
    }

    public boolean cleared() {
        return tier == Tier.CLEARED;
    }

    public List<String> ruleIds() {
        return matched.stream().map(MatchedRule::ruleId).toList();
    }

    public List<String> clearedRuleIds() {
        return clearedByDoctor.stream().map(ClearedRule::ruleId).toList();
    }
}
