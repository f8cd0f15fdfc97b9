-- Abuse that costs other people (issue 11): mail a stranger can cause is counted per
-- recipient and per client address, and failed sign-ins are counted per account and client,
-- so that the client that guesses is stopped rather than the account's owner.

-- Mails that someone asked for (a password reset, a nomination), counted in a fixed window
-- that starts at the first one. `scope` is 'to' for a recipient (the address lower-cased,
-- without a +tag) or 'from' for a client address. Rows are swept once their window is over.
CREATE TABLE mail_throttle (
    scope        TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    mails        INTEGER NOT NULL,
    window_start TEXT    NOT NULL,
    PRIMARY KEY (scope, key)
);

-- Failed sign-ins per account and client address in a window that starts at the first
-- failure: at the limit that client may not sign in to that account until the window ends.
CREATE TABLE login_failures (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address      TEXT    NOT NULL,
    failures     INTEGER NOT NULL,
    window_start TEXT    NOT NULL,
    PRIMARY KEY (user_id, address)
);

-- Client addresses an account signed in from: failures from there are the owner's typos,
-- so they neither slow the account down nor warn the owner.
CREATE TABLE login_familiar (
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address           TEXT    NOT NULL,
    last_signed_in_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, address)
);

-- users.failed_logins now counts failures from unfamiliar clients only, and restarts when
-- the last one is older than the window; users.locked_until is the earliest time an
-- unfamiliar client's next attempt is looked at (a delay that grows, never a lock the owner
-- cannot pass from a familiar address).
ALTER TABLE users ADD COLUMN last_failed_login_at TEXT;
-- When the owner was last told that someone is trying to sign in (at most once a day).
ALTER TABLE users ADD COLUMN attack_warned_at TEXT;
