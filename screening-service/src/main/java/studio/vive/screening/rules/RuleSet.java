package studio.vive.screening.rules;

import java.util.ArrayList;
import java.util.List;
import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/**
 * The studio's red-flag rules, as the repository's
 * <a href="../../../../../../../../docs/screening-criteria.md">docs/screening-criteria.md</a> states them,
 * with a version recorded in every decision and sent in every outcome event. Change a rule,
 * change the version.
 */
public final class RuleSet {

    /** Bump on any change to a rule, a message, a boundary or the escalation. */
    public static final String VERSION = "2026.11-1";

    private final String version;
    private final List<RedFlagRule> rules;
    private final PersistentEscalation escalation;

    private RuleSet(String version, List<RedFlagRule> rules, PersistentEscalation escalation) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.escalation = escalation;
    }

    /** The rules in force, urgent first, in the article's order. */
    public static RuleSet current() {
        return new RuleSet(VERSION, List.of(
                new BowelOrBladderRule(),
                new WeightLossRule(),
                new FeverRule(),
                new LegPainRule(),
                new LegNeuroRule(),
                new TraumaRule(),
                new FirstEpisodeOver50Rule(),
                new CancerHistoryRule(),
                new OsteoporosisRule(),
                new SteroidUseRule(),
                new SubstanceUseRule(),
                new NoImprovementRule()), new PersistentEscalation());
    }

    public String version() {
        return version;
    }

    /** Every rule, escalation last. */
    public List<RedFlagRule> rules() {
        List<RedFlagRule> all = new ArrayList<>(rules);
        all.add(escalation);
        return List.copyOf(all);
    }

    /** Applies every rule: all matches are reported and the most severe tier wins. */
    public Screening screen(ScreeningFacts facts) {
        List<RedFlagRule> matched = new ArrayList<>(rules.stream().filter(rule -> rule.matches(facts)).toList());
        if (escalation.escalates(matched, facts)) {
            matched.add(escalation);
        }
        Tier tier = matched.stream().map(RedFlagRule::tier).reduce(Tier.CLEARED, Tier::max);
        return new Screening(version, tier, matched.stream().map(MatchedRule::of).toList());
    }

    /**
     * Applies the urgent rules alone to a pre-visit re-check's answers: {@link Tier#CLEARED} or
     * {@link Tier#URGENT_REFERRAL} with every matched rule. The referral rules and the escalation
     * need answers a re-check does not ask again; they were applied when the booking was made.
     */
    public Screening recheck(UrgentAnswers answers) {
        List<UrgentRule> matched = rules.stream().filter(UrgentRule.class::isInstance).map(UrgentRule.class::cast)
                .filter(rule -> rule.matches(answers)).toList();
        Tier tier = matched.isEmpty() ? Tier.CLEARED : Tier.URGENT_REFERRAL;
        return new Screening(version, tier, matched.stream().map(MatchedRule::of).toList());
    }
}
