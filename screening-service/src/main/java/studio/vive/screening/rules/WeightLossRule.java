package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Back pain with severe and sudden weight loss: see a doctor immediately. */
final class WeightLossRule extends ArticleRule {

    WeightLossRule() {
        super("RF-WEIGHT-LOSS", Tier.URGENT_REFERRAL,
                "You told us about severe and sudden weight loss.",
                "Is accompanied by severe and sudden weight loss");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().suddenWeightLoss();
    }
}
