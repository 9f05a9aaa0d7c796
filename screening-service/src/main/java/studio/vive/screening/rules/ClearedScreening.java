package studio.vive.screening.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.Tier;

/**
 * A screening with a doctor's clearance applied: every matched rule the clearance covers is recorded
 * as "cleared by doctor on &lt;date&gt;" instead of referring; every other matched rule still refers
 * with its tier, and the tier is the most severe of those.
 */
final class ClearedScreening {

    private ClearedScreening() {
    }

    static Screening apply(Screening screening, DoctorClearance clearance) {
        Map<Boolean, List<MatchedRule>> split = screening.matched().stream()
                .collect(Collectors.partitioningBy(rule -> clearance.covers(rule.ruleId())));
        List<MatchedRule> covered = split.get(true);
        if (covered.isEmpty()) {
            return screening;
        }
        List<MatchedRule> referring = split.get(false);
        Tier tier = referring.stream().map(MatchedRule::tier).reduce(Tier.CLEARED, Tier::max);
        List<ClearedRule> cleared = covered.stream()
                .map(rule -> new ClearedRule(rule.ruleId(), clearance.grant().clearedOn())).toList();
        return new Screening(screening.ruleSetVersion(), tier, referring, cleared,
                clearance.grant().clearanceId());
    }
}
