-- Every change of a confirmed booking's appointment (issues 14 and 16): a studio reassignment or a
-- client's reschedule. The sequence is the calendar invite's RFC 5545 SEQUENCE for that change
-- (the confirmation's invite is 0), so it counts per booking and never repeats. Keeps no contact
-- or health data: what the appointment was before and why it changed.
CREATE TABLE appointment_change (
    booking_id             UUID        NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    sequence               INT         NOT NULL CHECK (sequence >= 1),
    reason                 TEXT        NOT NULL CHECK (reason IN ('REASSIGNED_BY_STUDIO', 'RESCHEDULED_BY_CLIENT')),
    previous_therapist_id  TEXT        NOT NULL,
    previous_starts_at     TIMESTAMPTZ NOT NULL,
    previous_ends_at       TIMESTAMPTZ NOT NULL,
    changed_at             TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (booking_id, sequence)
);
