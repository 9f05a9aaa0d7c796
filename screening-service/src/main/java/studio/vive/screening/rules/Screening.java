package studio.vive.screening.rules;

import java.util.List;
import studio.vive.contracts.Tier;

/**
 * The outcome of screening one request.
 *
 * @param ruleSetVersion the {@link RuleSet} version that decided
 * @param tier           the most severe tier among the matched rules, {@link Tier#CLEARED} when none
 * @param matched        every matched rule, in rule-set order, escalation last
 */
public record Screening(String ruleSetVersion, Tier tier, List<MatchedRule> matched) {

    public Screening {
        matched = List.copyOf(matched);
    }

    public boolean cleared() {
        return tier == Tier.CLEARED;
    }

    public List<String> ruleIds() {
        return matched.stream().map(MatchedRule::ruleId).toList();
    }
}
