-- One row per pre-visit re-check (issue 16), decided by the urgent rules alone: tier, rule set
-- and each matched rule's id, tier and quote. Never the answers, nor the client messages that
-- restate them.
CREATE TABLE recheck_decision (
    request_event_id  UUID         PRIMARY KEY,
    booking_id        UUID         NOT NULL,
    tier              VARCHAR(20)  NOT NULL CHECK (tier IN ('CLEARED', 'URGENT_REFERRAL')),
    rule_set_version  VARCHAR(40)  NOT NULL,
    decided_at        TIMESTAMPTZ  NOT NULL,
    outcome_event_id  UUID         NOT NULL UNIQUE,
    matched_rules     JSONB        NOT NULL             -- [{ruleId, tier, articleQuote}]
);

CREATE INDEX recheck_decision_by_booking ON recheck_decision (booking_id, decided_at);
