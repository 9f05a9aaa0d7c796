-- Issue 15: the referral workflow and doctors' clearances.

-- Where the admin is with a referral (NULL: NEW, nobody acted yet), who moved it there and when.
ALTER TABLE booking
    ADD COLUMN referral_state    TEXT CHECK (referral_state IN ('NEW', 'CONTACTED', 'CLEARED_BY_DOCTOR', 'NOT_PROCEEDING')),
    ADD COLUMN referral_state_by TEXT,
    ADD COLUMN referral_state_at TIMESTAMPTZ;

-- The overdue check: urgent referrals nobody has contacted yet.
CREATE INDEX booking_uncontacted_urgent_idx ON booking (outcome_decided_at)
    WHERE outcome_tier = 'URGENT_REFERRAL' AND (referral_state IS NULL OR referral_state = 'NEW');

-- Staff notes on a referral: follow-up notes, never the raw health answers.
CREATE TABLE referral_note (
    id         UUID PRIMARY KEY,
    booking_id UUID NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    note       TEXT NOT NULL,
    written_by TEXT NOT NULL,
    written_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX referral_note_booking_idx ON referral_note (booking_id, written_at);

-- A doctor's clearance recorded on a referral (one per referral). The code is a 256-bit secret
-- kept only as its SHA-256 hash; the client binding is a keyed hash of the client's email and
-- date of birth, so the clearance outlives the retention of the referral's contact details
-- without keeping them. covers: the rule ids it may cover, comma-separated (no condition text).
CREATE TABLE doctor_clearance (
    id             UUID PRIMARY KEY,
    booking_id     UUID NOT NULL UNIQUE REFERENCES booking (id) ON DELETE CASCADE,
    code_hash      BYTEA NOT NULL UNIQUE,
    client_binding TEXT NOT NULL,
    clinician      TEXT NOT NULL,
    cleared_on     DATE NOT NULL,
    valid_until    DATE NOT NULL,
    note           TEXT,
    covers         TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    CHECK (valid_until >= cleared_on)
);

-- A booking made with a clearance: which one, and (once screening decided) the rules it cleared,
-- JSON [{ruleId, clearedOn}].
CREATE TABLE clearance_use (
    booking_id    UUID PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    clearance_id  UUID NOT NULL REFERENCES doctor_clearance (id),
    cleared_rules TEXT
);
