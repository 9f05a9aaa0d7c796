-- Retention of screening outcomes (issue 13 item 5): after the retention period the client-facing
-- reason messages go (they restate health answers; rule ids and tier stay), and a referred
-- client's contact details go, so no person stays linked to a red flag. The contact columns may
-- therefore be NULL, but only on a booking marked erased.

ALTER TABLE booking
    ALTER COLUMN client_name DROP NOT NULL,
    ALTER COLUMN client_email DROP NOT NULL,
    ALTER COLUMN client_phone DROP NOT NULL,
    ALTER COLUMN client_date_of_birth DROP NOT NULL,
    ADD COLUMN outcome_messages_erased_at TIMESTAMPTZ,
    ADD COLUMN client_erased_at TIMESTAMPTZ,
    ADD CONSTRAINT booking_client_present_unless_erased CHECK (
        client_erased_at IS NOT NULL
        OR (client_name IS NOT NULL AND client_email IS NOT NULL
            AND client_phone IS NOT NULL AND client_date_of_birth IS NOT NULL));

-- the sweep's work list: decided outcomes whose messages are still there
CREATE INDEX booking_outcome_retention_idx ON booking (outcome_decided_at)
    WHERE outcome_decided_at IS NOT NULL AND outcome_messages_erased_at IS NULL;
