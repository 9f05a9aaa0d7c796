package studio.vive.screening.rules;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/**
 * A rule that matched, as recorded with the decision: enough to explain it without the rule's code.
 * After the answer retention period only the id and tier are kept: the client message restates
 * what the client told us, so it goes with the answers.
 */
@Serdeable
public record MatchedRule(String ruleId, Tier tier, @Nullable String clientMessage, @Nullable String articleQuote) {

    static MatchedRule of(RedFlagRule rule) {
        return new MatchedRule(rule.id(), rule.tier(), rule.clientMessage(), rule.articleQuote());
    }

    /**
     * The rule as kept where answers never are (re-check and re-screen decisions): without the
     * client message, which restates what the client told us.
     */
    public MatchedRule withoutClientMessage() {
        return new MatchedRule(ruleId, tier, null, articleQuote);
    }

    /** What the events carry: the id for staff, the plain message for the client. */
    public Reason reason() {
        return new Reason(ruleId, clientMessage);
    }
}
