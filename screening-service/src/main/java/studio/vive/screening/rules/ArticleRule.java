package studio.vive.screening.rules;

import studio.vive.contracts.Tier;

/** The description every rule shares; each subclass only says when it matches. */
abstract class ArticleRule implements RedFlagRule {

    private final String id;
    private final Tier tier;
    private final String clientMessage;
    private final String articleQuote;

    ArticleRule(String id, Tier tier, String clientMessage, String articleQuote) {
        this.id = id;
        this.tier = tier;
        this.clientMessage = clientMessage;
        this.articleQuote = articleQuote;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Tier tier() {
        return tier;
    }

    @Override
    public final String clientMessage() {
        return clientMessage;
    }

    @Override
    public final String articleQuote() {
        return articleQuote;
    }

    @Override
    public String toString() {
        return id;
    }
}
