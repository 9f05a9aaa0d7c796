-- A client's reschedule awaiting screening's decision for the new date (issue 16). The booking row
-- already holds the new time (the old one was released in the same transaction); this row keeps
-- what the parties had before, so the decision can tell them: an updated invite when it clears
-- a booking that had been confirmed, a cancellation of the old one when it refers. Deleted when
-- the decision is applied. No contact or health data.
CREATE TABLE booking_reschedule (
    booking_id              UUID        PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    request_event_id        UUID        NOT NULL UNIQUE,   -- the RescreenRequested screening answers
    was_confirmed           BOOLEAN     NOT NULL,          -- client and therapist hold an invite
    previous_therapist_id   TEXT        NOT NULL,
    previous_starts_at      TIMESTAMPTZ NOT NULL,
    previous_ends_at        TIMESTAMPTZ NOT NULL,
    previous_blocked_until  TIMESTAMPTZ NOT NULL,
    requested_at            TIMESTAMPTZ NOT NULL
);
