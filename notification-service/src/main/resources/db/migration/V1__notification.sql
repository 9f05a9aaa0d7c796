-- One row per email: (booking, kind, recipient) is sent exactly once. The row is written as
-- PENDING in the same transaction as the processed event id, then updated by the sender with the
-- outcome of each SMTP attempt. The email is stored rendered so every attempt sends the same
-- bytes under the same Message-ID.
CREATE TABLE notification (
    id               UUID         PRIMARY KEY,
    position         BIGINT       GENERATED ALWAYS AS IDENTITY UNIQUE, -- recording order
    booking_id       UUID         NOT NULL,
    event_id         UUID         NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    recipient        VARCHAR(320) NOT NULL,
    recipient_name   VARCHAR(200) NOT NULL,
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    message_id       VARCHAR(255) NOT NULL UNIQUE,
    subject          TEXT         NOT NULL,
    text_body        TEXT         NOT NULL,
    html_body        TEXT         NOT NULL,
    calendar         TEXT,
    calendar_method  VARCHAR(16),
    attempts         INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    last_attempt_at  TIMESTAMPTZ,
    sent_at          TIMESTAMPTZ,
    failed_at        TIMESTAMPTZ,
    last_error       TEXT,
    CONSTRAINT notification_once_per_booking_kind_recipient UNIQUE (booking_id, kind, recipient)
);

-- The sender's poll: only pending rows, by due time.
CREATE INDEX notification_due ON notification (next_attempt_at, position) WHERE status = 'PENDING';
-- The admin view and the per-recipient ordering check.
CREATE INDEX notification_by_booking ON notification (booking_id, recipient, position);
