-- A booking that changes (a studio reassignment, a client's reschedule) sends each party one
-- invite per change: the same kind of email to the same recipient again, with a higher SEQUENCE.
-- The exactly-once key becomes (booking, kind, recipient, invite sequence).
ALTER TABLE notification ADD COLUMN invite_sequence INT NOT NULL DEFAULT 0;

-- Until now every cancellation was written with SEQUENCE 1 and every request with 0.
UPDATE notification SET invite_sequence = 1 WHERE calendar_method = 'CANCEL';

ALTER TABLE notification DROP CONSTRAINT notification_once_per_booking_kind_recipient;
ALTER TABLE notification ADD CONSTRAINT notification_once_per_booking_kind_recipient_sequence
    UNIQUE (booking_id, kind, recipient, invite_sequence);
