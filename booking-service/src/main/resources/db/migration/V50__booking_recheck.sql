-- The last pre-visit re-check of a booking (issue 16): when screening decided it and what it
-- said. Never the answers: they travel only to screening-service, in the outbox row of
-- RecheckSubmitted (deleted once published).
CREATE TABLE booking_recheck (
    booking_id    UUID        PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    rechecked_at  TIMESTAMPTZ NOT NULL,
    result        TEXT        NOT NULL CHECK (result IN ('CLEARED', 'URGENT_REFERRAL'))
);
