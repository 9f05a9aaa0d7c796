package studio.vive.screening.rules;

import io.micronaut.serde.annotation.Serdeable;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** A rule that matched, as recorded with the decision: enough to explain it without the rule's code. */
@Serdeable
public record MatchedRule(String ruleId, Tier tier, String clientMessage, String articleQuote) {

    static MatchedRule of(RedFlagRule rule) {
        return new MatchedRule(rule.id(), rule.tier(), rule.clientMessage(), rule.articleQuote());
    }

    /** What the events carry: the id for staff, the plain message for the client. */
    public Reason reason() {
        return new Reason(ruleId, clientMessage);
    }
}
