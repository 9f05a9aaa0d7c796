package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Osteoporosis: see a doctor first. */
final class OsteoporosisRule extends ArticleRule {

    OsteoporosisRule() {
        super("RF-OSTEOPOROSIS", Tier.REFERRAL,
                "You told us you have osteoporosis.",
                "osteoporosis");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().osteoporosis();
    }
}
