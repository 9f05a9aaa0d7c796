-- One reminder per booking, written in the same transaction as the intake of its confirmation,
-- so it survives restarts and outages. The reminder job locks due rows (FOR UPDATE SKIP LOCKED)
-- and turns each into a notification (kind CLIENT_REMINDER) in one commit.
CREATE TABLE reminder (
    booking_id        UUID         PRIMARY KEY,
    event_id          UUID         NOT NULL,
    status            VARCHAR(16)  NOT NULL
        CHECK (status IN ('PENDING', 'SKIPPED', 'ISSUED', 'DROPPED', 'MISSED', 'FAILED')),
    due_at            TIMESTAMPTZ,
    client_name       VARCHAR(200) NOT NULL,
    client_email      VARCHAR(320) NOT NULL,
    manage_url        TEXT         NOT NULL,
    service_code      VARCHAR(100) NOT NULL,
    service_name      VARCHAR(200) NOT NULL,
    therapist_id      VARCHAR(100) NOT NULL,
    therapist_name    VARCHAR(200) NOT NULL,
    starts_at         TIMESTAMPTZ  NOT NULL,
    ends_at           TIMESTAMPTZ  NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    contact_erased_at TIMESTAMPTZ,
    CONSTRAINT reminder_pending_has_due_time CHECK (status <> 'PENDING' OR due_at IS NOT NULL)
);

-- The job's poll: only pending rows, by due time.
CREATE INDEX reminder_due ON reminder (due_at) WHERE status = 'PENDING';
-- Retention: contact data of reminders that will not be sent any more.
CREATE INDEX reminder_contacts_to_erase ON reminder (created_at) WHERE contact_erased_at IS NULL;
