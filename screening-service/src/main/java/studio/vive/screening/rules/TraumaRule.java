package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Back pain after a severe fall or accident: see a doctor immediately. */
final class TraumaRule extends ArticleRule {

    TraumaRule() {
        super("RF-TRAUMA", Tier.URGENT_REFERRAL,
                "You told us your back pain began after a severe fall or accident.",
                "When the back pain follows a severe fall or accident");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().followedSevereFallOrAccident();
    }
}
