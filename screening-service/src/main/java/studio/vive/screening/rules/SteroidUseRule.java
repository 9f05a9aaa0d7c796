package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Steroid use: see a doctor first. */
final class SteroidUseRule extends ArticleRule {

    SteroidUseRule() {
        super("RF-STEROIDS", Tier.REFERRAL,
                "You told us you take steroids.",
                "steroid use");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().steroidUse();
    }
}
