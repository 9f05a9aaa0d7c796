package studio.vive.screening.rules;

import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** Back pain with persistent fevers: see a doctor immediately. */
final class FeverRule extends UrgentRule {

    FeverRule() {
        super("RF-FEVER", Tier.URGENT_REFERRAL,
                "You told us you have persistent fevers.",
                "If you experience persistent fevers");
    }

    @Override
    boolean matches(UrgentAnswers answers) {
        return answers.persistentFever();
    }
}
