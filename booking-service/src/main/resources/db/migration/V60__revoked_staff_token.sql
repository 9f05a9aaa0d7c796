-- Staff sign-out (issue 13): the id (jti) of every staff token signed out before it expired. The
-- token is refused while its row exists; the row is useless after the token's own expiry and is
-- then deleted by the scheduled RevokedTokenSweep.
CREATE TABLE revoked_staff_token (
    jti         TEXT PRIMARY KEY,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX revoked_staff_token_expires_at ON revoked_staff_token (expires_at);
