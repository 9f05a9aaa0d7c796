package studio.vive.screening.rules;

import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** New bowel or bladder problems with back pain: see a doctor immediately. */
final class BowelOrBladderRule extends UrgentRule {

    BowelOrBladderRule() {
        super("RF-BOWEL-BLADDER", Tier.URGENT_REFERRAL,
                "You told us about new bowel or bladder problems.",
                "If you experience bowel or bladder problems");
    }

    @Override
    boolean matches(UrgentAnswers answers) {
        return answers.bowelOrBladderProblems();
    }
}
