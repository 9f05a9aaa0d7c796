-- One trace per booking (issue 17): the W3C traceparent of the processing of the lifecycle event
-- that recorded the notification, so its SMTP send is a span of the booking's trace. NULL for rows
-- recorded before this column existed (their sends start traces of their own).
ALTER TABLE notification ADD COLUMN trace_parent TEXT;
