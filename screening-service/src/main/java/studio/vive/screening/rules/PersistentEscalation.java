package studio.vive.screening.rules;

import java.util.List;
import java.util.Set;
import studio.vive.contracts.Tier;

/**
 * "If you experience any of the above over a week or more with no improvement we recommend you
 * see your doctor as soon as possible": when one of the history flags (first episode over 50,
 * cancer, osteoporosis, steroids, substance use) matched and the pain has lasted 7 days or more
 * without improving, the outcome becomes urgent and this rule is added to the matched ones.
 * {@code RF-NO-IMPROVEMENT} alone never escalates.
 */
final class PersistentEscalation extends ArticleRule {

    static final String ID = "RF-PERSISTENT-ESCALATION";
    /** "over a week or more". */
    static final int MINIMUM_DAYS = 7;
    /** The referral flags "any of the above" escalates. */
    static final Set<String> ESCALATING_RULES =
            Set.of("RF-FIRST-OVER-50", "RF-CANCER", "RF-OSTEOPOROSIS", "RF-STEROIDS", "RF-SUBSTANCE");

    PersistentEscalation() {
        super(ID, Tier.URGENT_REFERRAL,
                "Together with that, your pain has lasted a week or more without getting better, "
                        + "so please see a doctor as soon as possible.",
                "If you experience any of the above over a week or more with no improvement we recommend you see "
                        + "your doctor as soon as possible.");
    }

    /** Never matches on its own: it depends on which rules matched. */
    @Override
    public boolean matches(ScreeningFacts facts) {
        return false;
    }

    boolean escalates(List<RedFlagRule> matched, ScreeningFacts facts) {
        return facts.painWithoutImprovementFor(MINIMUM_DAYS)
                && matched.stream().anyMatch(rule -> ESCALATING_RULES.contains(rule.id()));
    }
}
