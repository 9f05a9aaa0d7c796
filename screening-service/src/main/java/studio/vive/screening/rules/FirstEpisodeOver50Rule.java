package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** Back pain for the first time at 50 or over (age in completed years on the appointment date): see a doctor first. */
final class FirstEpisodeOver50Rule extends ArticleRule {

    /** "after the age of 50" read as 50 or more, as the studio's criteria say. */
    static final int MINIMUM_AGE = 50;

    FirstEpisodeOver50Rule() {
        super("RF-FIRST-OVER-50", Tier.REFERRAL,
                "This is your first time with back pain, and you are 50 or over.",
                "see your doctor if you experience back pain for the first time after the age of 50");
    }

    @Override
    public boolean matches(ScreeningFacts facts) {
        return facts.answers().firstEpisode() && facts.ageOnAppointmentDate() >= MINIMUM_AGE;
    }
}
