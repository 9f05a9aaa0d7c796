package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Pain for 21 days or more that is not improving: see a doctor first. An improving pain never matches. */
final class NoImprovementRule extends ArticleRule {

    /** "a few weeks": three weeks. */
    static final int MINIMUM_DAYS = 21;

    NoImprovementRule() {
        super("RF-NO-IMPROVEMENT", Tier.REFERRAL,
                "Your pain has lasted three weeks or more without getting better.",
                "if yours doesn't improve in a few weeks, see a doctor");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.painWithoutImprovementFor(MINIMUM_DAYS);
    }
}
