package studio.vive.screening.rules;

import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** Back pain after a severe fall or accident: see a doctor immediately. */
final class TraumaRule extends UrgentRule {

    TraumaRule() {
        super("RF-TRAUMA", Tier.URGENT_REFERRAL,
                "You told us your back pain began after a severe fall or accident.",
                "When the back pain follows a severe fall or accident");
    }

    @Override
    boolean matches(UrgentAnswers answers) {
        return answers.followedSevereFallOrAccident();
    }
}
