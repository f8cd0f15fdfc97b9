-- A second factor at sign-in (issue 23): authenticator apps (TOTP, RFC 6238), recovery codes,
-- password sign-ins waiting for their second step, and the granted roles that must have a
-- factor. Kept column for column in step with migrations/postgres/0013_second_factor.sql.

-- One authenticator app per account. The secret cannot be hashed (codes are computed from
-- it). A row without confirmed_at is a setup the owner has not yet confirmed with a code; it
-- guards nothing. last_step is the RFC 6238 time step of the last code accepted: a code is
-- accepted only for a later step, so a code seen over a shoulder cannot be used again.
CREATE TABLE totp_factors (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret       TEXT    NOT NULL,
    confirmed_at TEXT,
    last_step    INTEGER,
    created_at   TEXT    NOT NULL
);

-- Ten single-use codes per account, stored as the SHA-256 of the code (80 random bits each,
-- so the hash cannot be searched backwards).
CREATE TABLE recovery_codes (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL,
    used_at    TEXT,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

-- A sign-in whose password was right, waiting for its second step (keyed by the hash of the
-- secret in the browser's cookie); any instance can finish it.
CREATE TABLE second_factor_challenges (
    id_hash    TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    next       TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX second_factor_challenges_user ON second_factor_challenges (user_id);

-- The granted roles (staff, reviewer, admin) whose accounts must have a second factor.
CREATE TABLE second_factor_roles (
    role        TEXT PRIMARY KEY,
    required_at TEXT NOT NULL
);

-- How a session was signed in: 'password' (no second factor on the account), 'second-factor'
-- or 'sso' (the company's provider decides; exempt from the requirement above).
ALTER TABLE sessions ADD COLUMN signed_in_with TEXT NOT NULL DEFAULT 'password';
