-- The W3C traceparent of the context that appended the event (the booking request, the handling
-- of a consumed record), sent with the record as its "traceparent" header so one trace follows a
-- booking through the services. Null for rows appended outside any trace (and rows older than this).
ALTER TABLE outbox ADD COLUMN trace_parent VARCHAR(128);
