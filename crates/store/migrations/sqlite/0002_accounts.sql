-- Accounts, sessions, one-time email tokens, login throttling, the mail outbox and the audit
-- log. Secrets (session ids, email tokens) are stored as SHA-256 hashes only: a copy of the
-- database does not let anyone sign in or reset a password.

CREATE TABLE users (
    id                INTEGER PRIMARY KEY,
    email             TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL,
    -- argon2id PHC string.
    password_hash     TEXT    NOT NULL,
    email_verified_at TEXT,
    -- The hero record this account speaks for; the hero and alumni roles follow from it.
    hero_id           INTEGER UNIQUE REFERENCES heroes (id) ON DELETE SET NULL,
    -- Consecutive failed sign-ins; reaching the limit locks the account until `locked_until`
    -- or until an emailed unlock (a password reset) proves the owner.
    failed_logins     INTEGER NOT NULL DEFAULT 0,
    locked_until      TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

-- Granted roles only (staff, reviewer, admin); member, hero and alumni are derived.
CREATE TABLE user_roles (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    granted_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Sessions live in the database so that any instance serves any request.
CREATE TABLE sessions (
    id_hash      TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT    NOT NULL,
    last_seen_at TEXT    NOT NULL,
    -- Absolute expiry; the idle limit is checked against last_seen_at.
    expires_at   TEXT    NOT NULL,
    user_agent   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One-time links sent by mail: verify an address, reset a password, confirm a new address.
CREATE TABLE email_tokens (
    id_hash    TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL,
    -- For a change of address: the address to switch to once confirmed.
    new_email  TEXT,
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL,
    used_at    TEXT
);
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

-- Failed sign-ins per client address in the current window.
CREATE TABLE login_throttle (
    address      TEXT    PRIMARY KEY,
    failures     INTEGER NOT NULL,
    window_start TEXT    NOT NULL
);

-- Every mail the program sends, kept whether or not an SMTP server is configured: with one,
-- a delivery loop sends what is pending; without one, admins read it at /admin/outbox.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    to_address TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    body_text  TEXT    NOT NULL,
    body_html  TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    sent_at    TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, id);

-- Append-only record of privileged and security-relevant actions. No foreign key on the
-- actor: the record outlives a deleted account (the label is anonymized then).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    actor_id    INTEGER,
    actor_label TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    target      TEXT    NOT NULL DEFAULT '',
    address     TEXT    NOT NULL DEFAULT '',
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF at, action, target, address, detail ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
