-- Inbox: the event ids each consumer has already applied, written in the same transaction as the
-- effect, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
