package studio.vive.screening.rules;

import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/**
 * A rule of the article's "See your doctor immediately if ..." list: it looks only at the six
 * urgent answers, so it decides a booking request and a pre-visit re-check alike.
 */
abstract class UrgentRule extends ArticleRule {

    UrgentRule(String id, Tier tier, String clientMessage, String articleQuote) {
        super(id, tier, clientMessage, articleQuote);
        if (tier != Tier.URGENT_REFERRAL) {
            throw new IllegalArgumentException(id + ": an urgent rule refers urgently");
        }
    }

    @Override
    public final boolean matches(ScreeningFacts facts) {
        return matches(facts.answers().urgent());
    }

    /** Whether the urgent answers raise this flag. */
    abstract boolean matches(UrgentAnswers answers);
}
