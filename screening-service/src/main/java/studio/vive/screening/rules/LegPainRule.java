package studio.vive.screening.rules;

import studio.vive.contracts.LegPain;
import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** Pain spreading down a leg, above or below the knee: see a doctor immediately (the article lists any spreading leg pain under "immediately"). */
final class LegPainRule extends UrgentRule {

    LegPainRule() {
        super("RF-LEG-PAIN", Tier.URGENT_REFERRAL,
                "You told us your pain spreads down one or both legs.",
                "Pain spreads down one or both legs, especially if the pain extends below the knees");
    }

    @Override
    boolean matches(UrgentAnswers answers) {
        return answers.legPain() != LegPain.NONE;
    }
}
