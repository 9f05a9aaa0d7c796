package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** New bowel or bladder problems with back pain: see a doctor immediately. */
final class BowelOrBladderRule extends ArticleRule {

    BowelOrBladderRule() {
        super("RF-BOWEL-BLADDER", Tier.URGENT_REFERRAL,
                "You told us about new bowel or bladder problems.",
                "If you experience bowel or bladder problems");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().bowelOrBladderProblems();
    }
}
