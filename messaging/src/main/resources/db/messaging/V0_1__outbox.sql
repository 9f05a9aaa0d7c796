-- Transactional outbox: events written in the same transaction as the state change that caused
-- them, published to Kafka by the OutboxRelay and deleted once Kafka acknowledged them.
CREATE TABLE outbox (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- publication order
    id         UUID         NOT NULL UNIQUE,                    -- the event id (vive-event-id header)
    topic      VARCHAR(249) NOT NULL,
    key        VARCHAR(255) NOT NULL,                           -- the booking id (Kafka record key)
    type       VARCHAR(100) NOT NULL,                           -- vive-event-type header
    payload    TEXT         NOT NULL,                           -- the event's JSON, published byte for byte
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
