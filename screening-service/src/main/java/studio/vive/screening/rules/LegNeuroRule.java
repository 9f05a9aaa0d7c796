package studio.vive.screening.rules;

import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** Weakness, numbness or tingling down the legs: see a doctor immediately. */
final class LegNeuroRule extends UrgentRule {

    LegNeuroRule() {
        super("RF-LEG-NEURO", Tier.URGENT_REFERRAL,
                "You told us about weakness, numbness or tingling down one or both legs.",
                "If you experience weakness, numbness or tingling down one or both legs");
    }

    @Override
    boolean matches(UrgentAnswers answers) {
        return answers.legWeaknessNumbnessTingling();
    }
}
