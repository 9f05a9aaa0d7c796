-- One decision per booking: what the rules said, which rule set said it, and (until the retention
-- period ends) the answers it was made from.
CREATE TABLE screening_decision (
    booking_id        UUID         PRIMARY KEY,
    request_event_id  UUID         NOT NULL UNIQUE,
    tier              VARCHAR(20)  NOT NULL CHECK (tier IN ('CLEARED', 'REFERRAL', 'URGENT_REFERRAL')),
    rule_set_version  VARCHAR(40)  NOT NULL,
    decided_at        TIMESTAMPTZ  NOT NULL,
    outcome_event_id  UUID         NOT NULL UNIQUE,
    matched_rules     JSONB        NOT NULL,            -- [{ruleId, tier, clientMessage, articleQuote}]
    answers           JSONB,                            -- health data: NULL once purged
    answers_purged_at TIMESTAMPTZ,
    CHECK ((answers IS NULL) = (answers_purged_at IS NOT NULL))
);

-- The retention purge looks for decisions that still hold answers, oldest first.
CREATE INDEX screening_decision_answers_held ON screening_decision (decided_at) WHERE answers IS NOT NULL;
