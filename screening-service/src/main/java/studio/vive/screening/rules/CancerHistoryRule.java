package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** A history of cancer: see a doctor first. */
final class CancerHistoryRule extends ArticleRule {

    CancerHistoryRule() {
        super("RF-CANCER", Tier.REFERRAL,
                "You told us you have a history of cancer.",
                "or if you have a history of cancer");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().historyOfCancer();
    }
}
