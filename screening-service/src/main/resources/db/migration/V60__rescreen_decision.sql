-- One row per re-screen of a rescheduled booking (issue 16): the new appointment date and what the
-- rules said for it. Like recheck_decision: rule ids, tiers and quotes only, never the answers nor
-- the client messages that restate them (so the retention purge has nothing to delete here).
CREATE TABLE rescreen_decision (
    request_event_id  UUID         PRIMARY KEY,
    booking_id        UUID         NOT NULL,
    appointment_date  DATE         NOT NULL,
    answered_again    BOOLEAN      NOT NULL,
    tier              VARCHAR(20)  NOT NULL CHECK (tier IN ('CLEARED', 'REFERRAL', 'URGENT_REFERRAL')),
    rule_set_version  VARCHAR(40)  NOT NULL,
    decided_at        TIMESTAMPTZ  NOT NULL,
    outcome_event_id  UUID         NOT NULL UNIQUE,
    matched_rules     JSONB        NOT NULL             -- [{ruleId, tier, articleQuote}]
);

CREATE INDEX rescreen_decision_by_booking ON rescreen_decision (booking_id, decided_at);
