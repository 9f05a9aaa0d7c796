package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/**
 * One red flag from the studio's article: what it is called, how severe it is, how it is explained
 * to the client and which sentence of the article it comes from.
 */
public interface RedFlagRule {

    /** Stable id, e.g. {@code RF-CANCER}; staff see it, clients never do. */
    String id();

    /** {@link Tier#REFERRAL} or {@link Tier#URGENT_REFERRAL}. */
    Tier tier();

    /** Plain, kind words for the client: what they told us, without jargon or rule ids. */
    String clientMessage();

    /** The article's sentence the rule comes from. */
    String articleQuote();

    /** Whether the client's answers raise this flag. */
    boolean matches(ScreeningFacts facts);
}
