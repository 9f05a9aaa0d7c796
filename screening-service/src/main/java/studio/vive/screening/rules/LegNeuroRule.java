package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Weakness, numbness or tingling down the legs: see a doctor immediately. */
final class LegNeuroRule extends ArticleRule {

    LegNeuroRule() {
        super("RF-LEG-NEURO", Tier.URGENT_REFERRAL,
                "You told us about weakness, numbness or tingling down one or both legs.",
                "If you experience weakness, numbness or tingling down one or both legs");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().legWeaknessNumbnessTingling();
    }
}
