package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Back pain with persistent fevers: see a doctor immediately. */
final class FeverRule extends ArticleRule {

    FeverRule() {
        super("RF-FEVER", Tier.URGENT_REFERRAL,
                "You told us you have persistent fevers.",
                "If you experience persistent fevers");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().persistentFever();
    }
}
