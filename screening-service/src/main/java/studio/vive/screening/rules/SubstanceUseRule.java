package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Excessive drug or alcohol use: see a doctor first. */
final class SubstanceUseRule extends ArticleRule {

    SubstanceUseRule() {
        super("RF-SUBSTANCE", Tier.REFERRAL,
                "You told us about heavy drug or alcohol use.",
                "or excessive drug or alcohol usage");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().excessiveDrugOrAlcoholUse();
    }
}
