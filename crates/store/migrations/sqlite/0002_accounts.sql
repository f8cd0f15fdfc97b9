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

-- Append-only record of privileged and security-relevant actions. Accounts are referred to
-- by id (actor_id, target_user_id; no foreign keys, the record outlives the account) and shown
-- with their current address, so erasing an account leaves "deleted account #N" behind. The
-- only change allowed is blanking a free-text field (actor_label, target, address) when a
-- person's data is erased; nothing is ever deleted.
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,
    actor_id       INTEGER,
    -- For actors that are not accounts: cli, system, visitor.
    actor_label    TEXT    NOT NULL DEFAULT '',
    action         TEXT    NOT NULL,
    target_user_id INTEGER,
    target         TEXT    NOT NULL DEFAULT '',
    address        TEXT    NOT NULL DEFAULT '',
    detail         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_target_user ON audit_log (target_user_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NEW.at IS NOT OLD.at OR NEW.action IS NOT OLD.action OR NEW.detail IS NOT OLD.detail
  OR NEW.actor_id IS NOT OLD.actor_id OR NEW.target_user_id IS NOT OLD.target_user_id
  OR (NEW.actor_label IS NOT OLD.actor_label AND NEW.actor_label <> '')
  OR (NEW.target IS NOT OLD.target AND NEW.target <> '')
  OR (NEW.address IS NOT OLD.address AND NEW.address <> '')
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
