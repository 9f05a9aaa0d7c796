-- Rendered bodies can hold the plain-language referral reasons: they are erased once delivery is
-- over and the retention period has passed. The delivery log itself (who, what kind, when, how)
-- stays.
ALTER TABLE notification ADD COLUMN bodies_erased_at TIMESTAMPTZ;

CREATE INDEX notification_bodies_to_erase ON notification (created_at)
    WHERE bodies_erased_at IS NULL AND status <> 'PENDING';
