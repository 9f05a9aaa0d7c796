-- Rate limits (issue 13): one token bucket per limit and client, shared by every booking-service
-- instance. Written by Bucket4j (state is its serialised bucket). expires_at (epoch milliseconds) is
-- when the bucket is full again; rows past it are deleted by the scheduled ExpiredBuckets job, so
-- the table holds only clients that used some of their budget recently.
CREATE TABLE rate_limit_bucket (
    id          TEXT PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
