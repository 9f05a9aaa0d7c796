-- Issue 14: staff run the studio from the app. Every staff change is audited, and therapists
-- take time off (therapist_id NULL: the whole studio is closed).

-- Who changed what, when, with the state before and after (JSON). Never health data: the
-- writers put catalogue fields and booking times/status only, never answers or the cause.
CREATE TABLE audit_entry (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    staff_user  TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    before      TEXT,
    after       TEXT
);

CREATE INDEX audit_entry_at_idx ON audit_entry (at);

CREATE TABLE time_off (
    id            UUID PRIMARY KEY,
    therapist_id  TEXT REFERENCES therapist (id),
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    reason        TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE INDEX time_off_range_idx ON time_off (starts_at, ends_at);
