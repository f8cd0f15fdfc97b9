-- Passkeys (WebAuthn) as a second factor and for signing in without a password (issue 23).
-- Kept column for column in step with migrations/postgres/0028_passkeys.sql.

-- The WebAuthn user handle of an account: 64 random bytes, never the account id (the
-- handle is stored on authenticators, and must not tell anything about the account).
CREATE TABLE passkey_users (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    handle     BLOB    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);

-- A registered passkey. static_state (the public key and what never changes) and
-- dynamic_state (sign count, backup state, user verification) are webauthn_rp's own binary
-- encodings; dynamic_state is rewritten after each sign-in that changes it. credential_id is
-- unique across accounts: a credential registers once.
CREATE TABLE passkeys (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id BLOB    NOT NULL UNIQUE,
    transports    BLOB    NOT NULL,
    static_state  BLOB    NOT NULL,
    dynamic_state BLOB    NOT NULL,
    name          TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    last_used_at  TEXT
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- A WebAuthn ceremony between its two requests: the server state webauthn_rp encodes,
-- keyed by its challenge (128 random bits, as decimal text). Taken once (deleted when
-- used). kind: 'register' (user_id set, name of the passkey being added), 'sign-in'
-- (password-less; user_id NULL, bounded per client address) or 'second-step' (user_id set).
CREATE TABLE passkey_ceremonies (
    challenge  TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL,
    user_id    INTEGER REFERENCES users (id) ON DELETE CASCADE,
    address    TEXT    NOT NULL,
    name       TEXT    NOT NULL DEFAULT '',
    state      BLOB    NOT NULL,
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX passkey_ceremonies_user ON passkey_ceremonies (user_id);
CREATE INDEX passkey_ceremonies_address ON passkey_ceremonies (address);
CREATE INDEX passkey_ceremonies_expires ON passkey_ceremonies (expires_at);
