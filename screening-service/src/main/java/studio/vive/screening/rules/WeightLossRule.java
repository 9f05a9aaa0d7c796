package studio.vive.screening.rules;

import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** Back pain with severe and sudden weight loss: see a doctor immediately. */
final class WeightLossRule extends UrgentRule {

    WeightLossRule() {
        super("RF-WEIGHT-LOSS", Tier.URGENT_REFERRAL,
                "You told us about severe and sudden weight loss.",
                "Is accompanied by severe and sudden weight loss");
    }

    @Override
    boolean matches(UrgentAnswers answers) {
        return answers.suddenWeightLoss();
    }
}
