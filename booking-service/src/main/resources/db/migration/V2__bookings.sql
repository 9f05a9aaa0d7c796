-- Bookings. The screening answers are deliberately NOT stored here: they travel only in the
-- outbox row of BookingRequested (deleted once published). The client's stated cause is kept
-- for the therapist.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking (
    id                    UUID PRIMARY KEY,
    status                TEXT NOT NULL CHECK (status IN ('PENDING_SCREENING', 'CONFIRMED', 'REFERRED', 'CANCELLED')),
    service_code          TEXT NOT NULL REFERENCES service (code),
    therapist_id          TEXT NOT NULL REFERENCES therapist (id),
    starts_at             TIMESTAMPTZ NOT NULL,
    ends_at               TIMESTAMPTZ NOT NULL,
    -- end of the appointment plus the buffer the therapist needs before the next one
    blocked_until         TIMESTAMPTZ NOT NULL,
    client_name           TEXT NOT NULL,
    client_email          TEXT NOT NULL,
    client_phone          TEXT NOT NULL,
    client_date_of_birth  DATE NOT NULL,
    cause                 TEXT NOT NULL,
    request_event_id      UUID NOT NULL UNIQUE,
    idempotency_key       TEXT UNIQUE,
    -- keyed hash (HMAC) of the normalised request, so a replayed key with another body is refused
    -- without keeping a hash of the answers that anyone could brute-force
    request_fingerprint   TEXT,
    outcome_tier          TEXT CHECK (outcome_tier IN ('CLEARED', 'REFERRAL', 'URGENT_REFERRAL')),
    outcome_reasons       TEXT,       -- JSON array of {ruleId, message}
    outcome_rule_set      TEXT,
    outcome_decided_at    TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    cancelled_at          TIMESTAMPTZ,
    followed_up_at        TIMESTAMPTZ,
    followed_up_by        TEXT,
    CHECK (ends_at > starts_at),
    CHECK (blocked_until >= ends_at),
    -- The race-free hold: no two active bookings of one therapist overlap (buffer included).
    -- A referred or cancelled booking no longer holds its slot.
    CONSTRAINT booking_slot_taken EXCLUDE USING gist (
        therapist_id WITH =,
        tstzrange(starts_at, blocked_until, '[)') WITH &&
    ) WHERE (status IN ('PENDING_SCREENING', 'CONFIRMED'))
);

CREATE INDEX booking_therapist_starts_idx ON booking (therapist_id, starts_at);
CREATE INDEX booking_referrals_idx ON booking (outcome_decided_at DESC) WHERE outcome_tier IN ('REFERRAL', 'URGENT_REFERRAL');

-- Access tokens of a booking (the one returned to the client, the one in the manage link).
-- Only a SHA-256 hash is kept; tokens are 256-bit random values, so a plain hash suffices.
CREATE TABLE booking_access_token (
    id          UUID PRIMARY KEY,
    token_hash  BYTEA NOT NULL UNIQUE,
    booking_id  UUID NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX booking_access_token_booking_idx ON booking_access_token (booking_id);
